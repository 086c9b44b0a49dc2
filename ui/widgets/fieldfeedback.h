#pragma once

#include "validation/fieldcheck.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;

// Shows a FieldCheck's reason on a field: a small coloured label to place under it and, on
// a line edit, a trailing error (or warning) icon whose tooltip is the reason. The rule
// lives elsewhere (models/validation); this only paints the verdict.
//
//     auto *feedback = new FieldFeedback(domainEdit);
//     layout->addWidget(domainEdit);
//     layout->addWidget(feedback->label());
//     feedback->show(Validation::checkMainDomain(domainEdit->text()));
//
// The label is created as a child of labelParent (by default the edit's parent widget), for
// a layout to take; the feedback object is a child of the edit.
class FieldFeedback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldFeedback)

public:
    explicit FieldFeedback(QWidget *field, QWidget *labelParent = nullptr);

    QLabel *label() const { return m_label; }
    // A field's editor and the widget under it (its feedback label), stacked, as one form field.
    static QWidget *stacked(QWidget *editor, QWidget *below, QWidget *parent);

    // Ok hides everything; Incomplete shows a warning, Wrong an error, both with the reason.
    void show(const Validation::FieldCheck &check);
    void clear() { show(Validation::FieldCheck::ok()); }

    bool isShown() const { return !m_message.isEmpty(); }
    // The label keeps one line of room while hidden, so the form below it does not jump
    // when a reason appears (forms with room to spare; off by default).
    void setReservesSpace(bool reserve);
    QString message() const { return m_message; }

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updatePalette();

    QPointer<QWidget> m_edit; // the field
    QLabel *m_label;
    QAction *m_action;
    Validation::Verdict m_verdict = Validation::Verdict::Ok;
    QString m_message;
};
