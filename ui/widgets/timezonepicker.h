#pragma once

#include "validation/fieldcheck.h"

#include <QComboBox>

// A searchable picker of Windows time zone IDs. Each entry reads
// "(UTC+10:00) AUS Eastern Standard Time — Australia/Sydney"; typing any part of that
// (an ID, a city, "+10") offers the matching entries. The value is the Windows ID; text
// that is not a known ID never becomes one, and check() says why.
//
//     auto *picker = new TimeZonePicker(this);
//     picker->setTimeZoneId(u"AUS Eastern Standard Time"_s);
//     connect(picker, &QComboBox::editTextChanged, this, [=] { ... picker->timeZoneId() ... });
class TimeZonePicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZonePicker)
    Q_PROPERTY(QString timeZoneId READ timeZoneId WRITE setTimeZoneId NOTIFY timeZoneIdChanged USER true)

public:
    enum Role { WindowsIdRole = Qt::UserRole };

    explicit TimeZonePicker(QWidget *parent = nullptr);

    // The Windows ID the text names (an entry's text or the ID itself, any case), else "".
    QString timeZoneId() const { return m_id; }
    // Shows the entry for a known ID; anything else is shown as it is (and stays unresolved).
    void setTimeZoneId(const QString &id);

    // timeZoneId() when resolved, else the text as typed: what a draft keeps.
    QString value() const { return m_id.isEmpty() ? currentText() : m_id; }

    // Ok when resolved; Incomplete when empty or when entries still match the text;
    // Wrong when nothing matches.
    Validation::FieldCheck check() const;

    // The Windows ID for some text, or "" (exposed for tests and for pasting).
    static QString resolve(const QString &text);

signals:
    void timeZoneIdChanged(const QString &id);

private:
    void onTextChanged(const QString &text);

    QString m_id;
};
