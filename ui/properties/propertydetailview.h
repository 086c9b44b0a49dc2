#pragma once

#include "properties/property.h"

#include <QWidget>

class QLabel;
class SidLabel;
class QStackedWidget;

// The selected property's fields, read-only and selectable, beside the Properties list.
// Shows a hint when nothing is selected.
class PropertyDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyDetailView)

public:
    explicit PropertyDetailView(QWidget *parent = nullptr);

    void showProperty(const Property &property);
    void clear();
    // A line under the title about how fresh the details are ("" hides it).
    void setNote(const QString &note);
    QString note() const;
    // Gives the keyboard to the details (Enter on the list's row).
    void focusDetails();

    bool hasProperty() const { return m_hasProperty; }
    Property shownProperty() const { return m_property; }

private:
    QLabel *addRow(class QFormLayout *form, const QString &label, const QString &objectName);
    SidLabel *addSidRow(class QFormLayout *form, const QString &label, const QString &objectName);
    void addCaptionedRow(class QFormLayout *form, const QString &label, QWidget *value);

    Property m_property;
    bool m_hasProperty = false;
    QStackedWidget *m_stack;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_name = nullptr;
    SidLabel *m_sid = nullptr;
    SidLabel *m_accountSid = nullptr;
    QLabel *m_domain = nullptr;
    QLabel *m_timeZone = nullptr;
    QLabel *m_sms = nullptr;
    QLabel *m_recording = nullptr;
    QLabel *m_integrations = nullptr;
    QLabel *m_active = nullptr;
};
