#include "propertyform.h"

#include "validation/textrules.h"

#include "properties/timezonecatalog.h"
#include "propertieslogging.h"
#include "widgets/fieldfeedback.h"
#include "widgets/messagebanner.h"
#include "widgets/timezonepicker.h"

#include <QAction>
#include <QCoreApplication>
#include <QStatusTipEvent>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using Validation::FieldCheck;

namespace {
constexpr PropertyField TextFields[] = {PropertyField::Name, PropertyField::MainDomain,
                                        PropertyField::TimeZone};

} // namespace

PropertyForm::PropertyForm(QWidget *parent)
    : DraftForm(parent)
{
    setObjectName(u"propertyForm"_s);
    buildUi();
    setDraft(PropertyDraft{}); // the contract's defaults
    refresh();
    updateTitle();
}

PropertyForm::~PropertyForm()
{
    // The children outlive this body; their last signals (a focus-out's editingFinished
    // while the window closes) must not reach a half-destroyed form.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void PropertyForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        if (!focusWidget())
            m_nameEdit->setFocus(Qt::OtherFocusReason); // start where the user types first
    }
}

void PropertyForm::buildUi()
{
    m_fields = new QWidget(this);
    m_fields->setObjectName(u"fields"_s);
    m_fields->setMaximumWidth(720);

    m_nameEdit = new QLineEdit(m_fields);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setPlaceholderText(tr("e.g. Spring marketing campaign"));
    m_nameEdit->setToolTip(tr("The property's name, as your team will see it (required)."));
    m_nameFeedback = new FieldFeedback(m_nameEdit);

    m_domainEdit = new QLineEdit(m_fields);
    m_domainEdit->setObjectName(u"domainEdit"_s);
    m_domainEdit->setPlaceholderText(tr("e.g. marketing.example.com"));
    m_domainEdit->setToolTip(tr("The host name the property belongs to, without “https://” or a path (required)."));
    m_domainFeedback = new FieldFeedback(m_domainEdit);

    m_timeZonePicker = new TimeZonePicker(m_fields);
    m_timeZonePicker->setObjectName(u"timeZonePicker"_s);
    m_timeZonePicker->lineEdit()->setObjectName(u"timeZoneEdit"_s);
    m_timeZonePicker->setToolTip(tr("The property's Windows time zone ID (required). Type an ID, a city or an offset to search."));
    m_timeZoneFeedback = new FieldFeedback(m_timeZonePicker->lineEdit(), m_fields);
    m_timeZoneFeedback->label()->setObjectName(u"timeZoneEditFeedback"_s);

    m_smsCheck = new QCheckBox(tr("S&MS enabled"), m_fields);
    m_smsCheck->setObjectName(u"smsCheck"_s);
    m_smsCheck->setToolTip(tr("Allow the property's numbers to send and receive SMS."));
    m_recordingCheck = new QCheckBox(tr("Call &recording enabled"), m_fields);
    m_recordingCheck->setObjectName(u"recordingCheck"_s);
    m_recordingCheck->setToolTip(tr("Record the property's calls."));
    m_integrationsCheck = new QCheckBox(tr("&Integrations enabled"), m_fields);
    m_integrationsCheck->setObjectName(u"integrationsCheck"_s);
    m_integrationsCheck->setToolTip(tr("Let external integrations use the property."));
    m_activeCheck = new QCheckBox(tr("&Active"), m_fields);
    m_activeCheck->setObjectName(u"activeCheck"_s);
    m_activeCheck->setToolTip(tr("Create the property as active. An inactive property keeps its configuration but does not handle traffic."));

    auto *form = new QFormLayout(m_fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &text, QWidget *buddy, QWidget *field) {
        auto *label = new QLabel(text, m_fields);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_nameEdit, FieldFeedback::stacked(m_nameEdit, m_nameFeedback->label(), m_fields));
    addRow(tr("Main &domain:"), m_domainEdit,
           FieldFeedback::stacked(m_domainEdit, m_domainFeedback->label(), m_fields));
    addRow(tr("&Time zone:"), m_timeZonePicker,
           FieldFeedback::stacked(m_timeZonePicker, m_timeZoneFeedback->label(), m_fields));

    auto *features = new QWidget(m_fields);
    auto *featuresLayout = new QVBoxLayout(features);
    featuresLayout->setContentsMargins(0, 0, 0, 0);
    featuresLayout->addWidget(m_smsCheck);
    featuresLayout->addWidget(m_recordingCheck);
    featuresLayout->addWidget(m_integrationsCheck);
    featuresLayout->addWidget(m_activeCheck);
    form->addRow(new QLabel(tr("Features:"), m_fields), features);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0); // busy indicator
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Creating the property"));

    m_createButton = new QPushButton(tr("&Create"), this);
    m_createButton->setObjectName(u"createButton"_s);
    m_createButton->setIcon(QIcon::fromTheme(u"document-save"_s,
                                             style()->standardIcon(QStyle::SP_DialogApplyButton)));
    connect(m_createButton, &QPushButton::clicked, this, &PropertyForm::submit);

    auto *submitAction = new QAction(tr("Create"), this);
    submitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    submitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(submitAction, &QAction::triggered, this, &PropertyForm::submit);
    addAction(submitAction);

    // Create sits under the fields, its right edge on theirs, not out in the margin.
    auto *buttonRow = new QWidget(m_fields);
    auto *buttons = new QHBoxLayout(buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_createButton);
    form->addRow(QString(), buttonRow);
    // Reasons appear under their fields without pushing the rest down.
    for (FieldFeedback *feedback : {m_nameFeedback, m_domainFeedback, m_timeZoneFeedback})
        feedback->setReservesSpace(true);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *heading = new QLabel(tr("New property"), content);
    heading->setObjectName(u"heading"_s);
    m_heading = heading;
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("A property holds phone numbers and their configuration. "
                                "Name, main domain and time zone are required."), content);
    intro->setWordWrap(true);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(submissionBanner());
    contentLayout->addWidget(m_fields);
    contentLayout->addStretch(1);
    content->setMaximumWidth(760);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_nameEdit, m_domainEdit);
    setTabOrder(m_domainEdit, m_timeZonePicker);
    setTabOrder(m_timeZonePicker, m_smsCheck);
    setTabOrder(m_smsCheck, m_recordingCheck);
    setTabOrder(m_recordingCheck, m_integrationsCheck);
    setTabOrder(m_integrationsCheck, m_activeCheck);
    setTabOrder(m_activeCheck, m_createButton);
    setFocusProxy(m_nameEdit);

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { onEdited(PropertyField::Name); });
    connect(m_domainEdit, &QLineEdit::textEdited, this, [this] { onEdited(PropertyField::MainDomain); });
    // Typing, picking from the list and completing all change the edit text.
    connect(m_timeZonePicker, &QComboBox::editTextChanged, this, [this] { onEdited(PropertyField::TimeZone); });
    connect(m_nameEdit, &QLineEdit::editingFinished, this, [this] { onEditingFinished(PropertyField::Name); });
    connect(m_domainEdit, &QLineEdit::editingFinished, this, [this] { onEditingFinished(PropertyField::MainDomain); });
    connect(m_timeZonePicker->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { onEditingFinished(PropertyField::TimeZone); });
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &PropertyForm::submit);
    connect(m_domainEdit, &QLineEdit::returnPressed, this, &PropertyForm::submit);
    for (QCheckBox *box : {m_smsCheck, m_recordingCheck, m_integrationsCheck, m_activeCheck}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            if (m_updating)
                return;
            readWidgets();
            emit payloadChanged();
        });
    }
}

void PropertyForm::setDraft(const PropertyDraft &draft)
{
    const PropertyDraft before = m_draft;
    {
        const QScopedValueRollback guard(m_updating, true);
        m_nameEdit->setText(draft.name);
        m_domainEdit->setText(draft.mainDomain);
        m_timeZonePicker->setTimeZoneId(draft.timeZone);
        m_smsCheck->setChecked(draft.smsEnabled);
        m_recordingCheck->setChecked(draft.callRecordingEnabled);
        m_integrationsCheck->setChecked(draft.integrationsEnabled);
        m_activeCheck->setChecked(draft.active);
    }
    readWidgets();
    // A reopened draft shows its reasons at once for what was already typed.
    m_serverErrors.clear();
    m_touched.clear();
    m_left.clear();
    m_touched[PropertyField::Name] = m_left[PropertyField::Name] = !draft.name.isEmpty();
    m_touched[PropertyField::MainDomain] = m_left[PropertyField::MainDomain] = !draft.mainDomain.isEmpty();
    m_touched[PropertyField::TimeZone] = m_left[PropertyField::TimeZone] = !draft.timeZone.isEmpty();
    refresh();
    updateTitle();
    if (m_draft != before)
        emit payloadChanged();
}

void PropertyForm::readWidgets()
{
    m_draft.name = m_nameEdit->text();
    m_draft.mainDomain = m_domainEdit->text();
    m_draft.timeZone = m_timeZonePicker->value();
    m_draft.smsEnabled = m_smsCheck->isChecked();
    m_draft.callRecordingEnabled = m_recordingCheck->isChecked();
    m_draft.integrationsEnabled = m_integrationsCheck->isChecked();
    m_draft.active = m_activeCheck->isChecked();
}

void PropertyForm::onEdited(PropertyField field)
{
    if (m_updating)
        return;
    readWidgets();
    m_touched[field] = true;
    m_serverErrors.remove(field); // the user is answering it
    refresh();
    if (field == PropertyField::Name)
        updateTitle();
    emit payloadChanged();
}

void PropertyForm::onEditingFinished(PropertyField field)
{
    if (m_updating || !m_touched.value(field))
        return;
    m_left[field] = true;
    refresh();
}

FieldCheck PropertyForm::localCheck(PropertyField field) const
{
    if (field == PropertyField::TimeZone)
        return m_timeZonePicker->check(); // same verdict as the rule, with a search-aware reason
    return m_draft.validate().check(field);
}

FieldCheck PropertyForm::effectiveCheck(PropertyField field) const
{
    const QString server = m_serverErrors.value(field);
    if (!server.isEmpty())
        return FieldCheck::wrong(server);
    return localCheck(field);
}

bool PropertyForm::shouldShow(PropertyField field, const FieldCheck &check) const
{
    switch (check.verdict) {
    case Validation::Verdict::Ok:
        return false;
    case Validation::Verdict::Wrong:
        return true; // no amount of typing at the end fixes it: say so at once
    case Validation::Verdict::Incomplete:
        // Not while the user is still typing the first characters: once the field was
        // emptied again, or left, or Create was pressed.
        if (m_submitAttempted)
            return true;
        if (!m_touched.value(field))
            return false;
        return m_left.value(field) || fieldWidget(field) == nullptr
               || (field == PropertyField::Name && m_nameEdit->text().isEmpty())
               || (field == PropertyField::MainDomain && m_domainEdit->text().isEmpty())
               || (field == PropertyField::TimeZone && m_timeZonePicker->currentText().isEmpty());
    }
    return false;
}

void PropertyForm::refresh()
{
    for (PropertyField field : TextFields) {
        const FieldCheck check = effectiveCheck(field);
        feedback(field)->show(shouldShow(field, check) ? check : FieldCheck::ok());
    }

    const QString reason = blockingReason();
    m_createButton->setEnabled(reason.isEmpty());
    QString tip;
    if (isBusy())
        tip = tr("The property is on its way to the server.");
    else if (isSent())
        tip = tr("This property has been created.");
    else if (!reason.isEmpty())
        tip = tr("Cannot create yet:\n%1").arg(reason);
    else
        tip = tr("Create the property on the server (Ctrl+Return).");
    m_createButton->setToolTip(tip);
    // The status bar shows this while the pointer is over Create; once created, say nothing.
    const QString statusTip = isSent() ? QString() : tip;
    if (statusTip != m_createButton->statusTip()) {
        m_createButton->setStatusTip(statusTip);
        // The status bar keeps showing the old tip until the pointer moves: tell it now.
        if (m_createButton->underMouse()) {
            QStatusTipEvent event(statusTip);
            QCoreApplication::sendEvent(m_createButton, &event);
        }
    }
}

bool PropertyForm::canSubmit() const
{
    return blockingReason().isEmpty();
}

QString PropertyForm::blockingReason() const
{
    if (isReadOnly())
        return tr("This window cannot save drafts, so nothing can be sent from it.");
    if (isBusy())
        return tr("The property is on its way to the server.");
    if (isSent())
        return tr("The property has already been created.");
    if (submissionState() == OutboxState::Undecided)
        return tr("Choose first whether the property was created already.");
    // Every reason, once; a reason that names its field already ("Name is required.") is
    // not prefixed with the field's label again.
    QStringList reasons;
    for (PropertyField field : TextFields) {
        const FieldCheck check = effectiveCheck(field);
        if (check.isOk())
            continue;
        const QString label = fieldLabel(field);
        const QString line = check.reason.startsWith(label, Qt::CaseInsensitive)
                                 ? check.reason
                                 : tr("%1: %2").arg(label, check.reason);
        if (!reasons.contains(line))
            reasons << line;
    }
    return reasons.join(u'\n');
}

QString PropertyForm::fieldLabel(PropertyField field) const
{
    switch (field) {
    case PropertyField::Name: return tr("Name");
    case PropertyField::MainDomain: return tr("Main domain");
    case PropertyField::TimeZone: return tr("Time zone");
    case PropertyField::SmsEnabled: return tr("SMS enabled");
    case PropertyField::CallRecordingEnabled: return tr("Call recording enabled");
    case PropertyField::IntegrationsEnabled: return tr("Integrations enabled");
    case PropertyField::Active: return tr("Active");
    }
    return {};
}

QWidget *PropertyForm::fieldWidget(PropertyField field) const
{
    switch (field) {
    case PropertyField::Name: return m_nameEdit;
    case PropertyField::MainDomain: return m_domainEdit;
    case PropertyField::TimeZone: return m_timeZonePicker;
    case PropertyField::SmsEnabled: return m_smsCheck;
    case PropertyField::CallRecordingEnabled: return m_recordingCheck;
    case PropertyField::IntegrationsEnabled: return m_integrationsCheck;
    case PropertyField::Active: return m_activeCheck;
    }
    return nullptr;
}

FieldFeedback *PropertyForm::feedback(PropertyField field) const
{
    switch (field) {
    case PropertyField::Name: return m_nameFeedback;
    case PropertyField::MainDomain: return m_domainFeedback;
    case PropertyField::TimeZone: return m_timeZoneFeedback;
    default: return nullptr;
    }
}

void PropertyForm::updateTitle()
{
    // In a title the name sits inside other text: shown safely and isolated, so neither a
    // control character nor a right-to-left name can reorder what surrounds it.
    const QString name = Validation::displayText(m_draft.name.simplified());
    const QString shown = Validation::isolatedText(fontMetrics().elidedText(name, Qt::ElideRight, 240));
    QString title;
    if (isSent()) {
        title = tr("Property — %1").arg(shown);
        m_heading->setText(name); // no longer "New property"
    } else if (name.isEmpty()) {
        title = tr("New property");
    } else {
        title = tr("New property — %1").arg(shown);
    }
    setWindowTitle(title);
}

bool PropertyForm::checkBeforeSubmit()
{
    readWidgets();
    m_submitAttempted = true;
    refresh();
    if (canSubmit())
        return true;
    for (PropertyField field : TextFields) {
        if (!effectiveCheck(field).isOk()) {
            fieldWidget(field)->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return false;
}

void PropertyForm::submissionChanged()
{
    const bool busy = isBusy();
    const bool editable = isEditable();
    m_fields->setEnabled(editable);
    m_progress->setVisible(busy);
    m_createButton->setText(busy                                       ? tr("Creating…")
                            : isSent()                                 ? tr("Created")
                                                                       : tr("&Create"));
    if (isSent())
        qCInfo(lcPropertiesUi) << "property created as" << remoteId();
    refresh();
    updateTitle();
}

void PropertyForm::applyFieldErrors(const QList<FieldError> &errors, const QString &message)
{
    QStringList unplaced;
    std::optional<PropertyField> first;
    m_serverErrors.clear();
    for (const FieldError &e : errors) {
        const std::optional<PropertyField> field = propertyFieldFromWireName(e.field);
        const QString text = !e.message.isEmpty() ? e.message : message;
        if (field && feedback(*field)) {
            m_serverErrors[*field] = tr("The server says: %1").arg(sentence(text));
            if (!first)
                first = field;
        } else {
            unplaced << (field ? tr("%1: %2").arg(fieldLabel(*field), text) : text);
        }
    }
    if (errors.isEmpty() && !message.isEmpty())
        unplaced << message;
    if (!unplaced.isEmpty()) {
        submissionBanner()->showMessage(tr("The server did not accept the property: %1 "
                                           "Everything you typed is kept.")
                                            .arg(sentence(unplaced.join(u"; "_s))),
                                        MessageBanner::Type::Error);
    } else if (first) {
        submissionBanner()->hideMessage();
    }
    refresh();
    if (first)
        fieldWidget(*first)->setFocus(Qt::OtherFocusReason);
}
