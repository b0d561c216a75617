package org.vetlis.interfaces.web.barcode;

import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A specimen barcode as an SVG image (Code 128, drawn by ZXing): sharp on screen and on any label printer's driver.
 * {@code /app/barcode?value=2600001236}; a value that is not a barcode gets 400.
 */
@WebServlet("/app/barcode")
public class BarcodeServlet extends HttpServlet {

    private static final int HEIGHT = 50;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String value = request.getParameter("value");
        if (value == null || !value.matches("[0-9A-Za-z-]{1,40}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "value: 1 to 40 letters, digits or '-'");
            return;
        }
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.getWriter().write(svg(value));
    }

    /** The barcode's bars as SVG rectangles, one unit wide per module, with the text under them. */
    static String svg(String value) {
        BitMatrix bars = new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, HEIGHT, Map.of(EncodeHintType.MARGIN, 10));
        int width = bars.getWidth();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width * 2)
                .append("\" height=\"").append(HEIGHT + 16).append("\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT + 16)
                .append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        for (int x = 0; x < width; x++) {
            if (bars.get(x, 0)) {
                int run = 1;
                while (x + run < width && bars.get(x + run, 0)) {
                    run++;
                }
                svg.append("<rect x=\"").append(x).append("\" width=\"").append(run).append("\" height=\"").append(HEIGHT).append("\"/>");
                x += run - 1;
            }
        }
        return svg.append("<text x=\"50%\" y=\"").append(HEIGHT + 12).append("\" font-family=\"monospace\" font-size=\"11\"")
                .append(" text-anchor=\"middle\">").append(value).append("</text></svg>").toString();
    }
}
