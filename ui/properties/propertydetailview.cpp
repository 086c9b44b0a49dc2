#include "propertydetailview.h"

#include "validation/textrules.h"
#include "widgets/colors.h"
#include "widgets/sidlabel.h"

#include "properties/timezonecatalog.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpacerItem>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PropertyDetailView::PropertyDetailView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"propertyDetail"_s);

    auto *hint = new QLabel(tr("Select a property to see its details."), m_stack);
    hint->setObjectName(u"detailHint"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    Colors::setMuted(hint); // a hint, readable still

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    m_title = new QLabel(page);
    m_title->setObjectName(u"detailTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    pageLayout->addWidget(m_title);
    m_note = new QLabel(page);
    m_note->setObjectName(u"detailNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    Colors::setMuted(m_note); // a remark, not data
    m_note->hide();
    pageLayout->addWidget(m_note);

    auto *form = new QFormLayout;
    // Caption above value: the pane is narrow, and SIDs are long.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(2);
    m_name = addRow(form, tr("Name:"), u"detailName"_s);
    m_sid = addSidRow(form, tr("Property SID:"), u"detailSid"_s);
    m_accountSid = addSidRow(form, tr("Account SID:"), u"detailAccountSid"_s);
    m_domain = addRow(form, tr("Main domain:"), u"detailDomain"_s);
    m_timeZone = addRow(form, tr("Time zone:"), u"detailTimeZone"_s);
    m_sms = addRow(form, tr("SMS:"), u"detailSms"_s);
    m_recording = addRow(form, tr("Call recording:"), u"detailRecording"_s);
    m_integrations = addRow(form, tr("Integrations:"), u"detailIntegrations"_s);
    m_active = addRow(form, tr("Active:"), u"detailActive"_s);
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);

    m_stack->addWidget(hint);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // SIDs are elided in the middle (whole on hover, with a copy button), so the pane can
    // give way to the list; this much keeps a SID recognisable.
    setMinimumWidth(fontMetrics().horizontalAdvance(u"Property SID: PN12…90ab"_s) + 48);
    clear();
}

QLabel *PropertyDetailView::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    addCaptionedRow(form, label, value);
    return value;
}

SidLabel *PropertyDetailView::addSidRow(QFormLayout *form, const QString &label,
                                        const QString &objectName)
{
    auto *value = new SidLabel(this);
    value->setObjectName(objectName);
    addCaptionedRow(form, label, value);
    return value;
}

void PropertyDetailView::addCaptionedRow(QFormLayout *form, const QString &label, QWidget *value)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    Colors::setMuted(caption); // the values are what matters
    if (form->rowCount() > 0)
        form->addItem(new QSpacerItem(0, 4)); // a little air between rows
    form->addRow(caption, value);
}

void PropertyDetailView::focusDetails()
{
    if (m_hasProperty)
        m_name->setFocus(Qt::OtherFocusReason);
}

void PropertyDetailView::showProperty(const Property &property)
{
    if (!m_hasProperty || m_property.propertySid != property.propertySid)
        setNote({}); // a note belongs to the property it was about
    m_property = property;
    m_hasProperty = true;
    auto yesNo = [](bool on) { return on ? tr("Enabled") : tr("Disabled"); };
    // Server text is shown, never obeyed (control characters, bidirectional overrides).
    m_title->setText(Validation::displayText(property.name));
    m_name->setText(Validation::displayText(property.name));
    // The caption is the row's own label; what is copied is the SID alone.
    m_sid->setText(QString(), Validation::displayText(property.propertySid));
    m_accountSid->setText(QString(), Validation::displayText(property.accountSid));
    m_sid->setAccessibleName(tr("Property SID"));
    m_accountSid->setAccessibleName(tr("Account SID"));
    m_domain->setText(Validation::displayText(property.mainDomain));
    if (const TimeZoneInfo *info = TimeZoneCatalog::find(property.timeZone)) {
        m_timeZone->setText(info->ianaId.isEmpty()
                                ? tr("%1 (%2)").arg(info->windowsId, info->offsetText)
                                : tr("%1 (%2, %3)").arg(info->windowsId, info->offsetText, info->ianaId));
    } else {
        m_timeZone->setText(Validation::displayText(property.timeZone));
    }
    m_sms->setText(yesNo(property.smsEnabled));
    m_recording->setText(yesNo(property.callRecordingEnabled));
    m_integrations->setText(yesNo(property.integrationsEnabled));
    m_active->setText(property.active ? tr("Yes") : tr("No"));
    m_stack->setCurrentIndex(1);
}

void PropertyDetailView::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString PropertyDetailView::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void PropertyDetailView::clear()
{
    m_property = {};
    m_hasProperty = false;
    m_stack->setCurrentIndex(0);
}
