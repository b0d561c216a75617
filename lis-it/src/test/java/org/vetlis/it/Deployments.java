package org.vetlis.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR the build made, as the tests deploy it. */
public final class Deployments {

    private Deployments() {
    }

    /** vetlis.ear exactly as built; the file name keeps the application name "vetlis" the connector binding needs. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, TestServer.ear().toFile());
    }

    /**
     * The real EAR plus one small web module holding the test classes, so a test can run inside the server
     * next to the application's own beans. application.xml is extended to list that module.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "vetlis-it.war")
                .addClasses(testClasses)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        String applicationXml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.setApplicationXML(new StringAsset(applicationXml.replace("<library-directory>",
                "<module><web><web-uri>vetlis-it.war</web-uri><context-root>/vetlis-it</context-root></web></module>\n  <library-directory>")));
        ear.addAsModule(Testable.archiveToTest(tests));
        return ear;
    }

    /** The jar a test library class came from, to ship it inside the test module. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
