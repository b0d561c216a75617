package org.vetlis.lab.domain.order;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A remark on an order, by whom and when; never changed once written. */
@Entity
@Table(name = "order_comment")
public class OrderComment {

    @Id
    @SequenceGenerator(name = "order_comment_id", sequenceName = "order_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_comment_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private LabOrder order;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "text", nullable = false, updatable = false, length = 2000)
    private String text;

    protected OrderComment() {
        // for JPA
    }

    OrderComment(LabOrder order, String author, OffsetDateTime createdAt, String text) {
        this.order = order;
        this.author = author;
        this.createdAt = createdAt;
        this.text = text;
    }

    public String author() {
        return author;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String text() {
        return text;
    }
}
