#include "broadcastform.h"

#include "api/accountclient.h"
#include "broadcast/broadcastclient.h"
#include "broadcast/numberselectionmodel.h"
#include "broadcast/numberpicker.h"
#include "drafts/draftstore.h"
#include "validation/textrules.h"
#include "widgets/colors.h"
#include "widgets/fieldfeedback.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Validation::BroadcastChannel;
using Validation::BroadcastMessageType;

namespace {
const QString NameField = u"name"_s;
const QString TypeField = u"message_type"_s;
const QString ChannelField = u"channel"_s;
const QString NumbersField = u"phone_number_ids"_s;
const QString BrandField = u"brand_id"_s;
const QString CampaignField = u"campaign_id"_s;
const QString VerificationField = u"toll_free_verification_id"_s;
const QString TrackingField = u"link_tracking_enabled"_s;
const QString UrlField = u"link_tracking_destination_url"_s;
const QString DomainField = u"link_tracking_domain_id"_s;
const QString ParamField = u"link_tracking_param_field"_s;

// In form order: where the first problem is, the focus goes.
const QStringList FormFields = {NameField,     TypeField,         ChannelField, BrandField,
                                CampaignField, VerificationField, NumbersField, TrackingField,
                                UrlField,      DomainField,       ParamField};

constexpr int MaxNumberMessages = 3;


// A field's label, as tall as a line of input and centred on it, so that it stays level with
// the first line of its field when a message or a list grows below.
QLabel *makeFieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumHeight(QLineEdit().sizeHint().height());
    return label;
}

// A combo box of reference items (text shown safely, id as data) with a first "choose"
// entry. An id the lists do not have (a stale draft) stays as an entry of its own, so it is
// not lost and its error can be shown.
void fillCombo(QComboBox *combo, const QString &placeholder,
               const QList<BroadcastReference::Named> &items, const QString &current,
               const QString &unknownText)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(placeholder, QString());
    for (const auto &item : items) {
        const QString text = Validation::displayText(item.name.isEmpty() ? item.id : item.name);
        combo->addItem(text, item.id);
    }
    int index = current.isEmpty() ? 0 : combo->findData(current);
    if (index < 0) {
        combo->addItem(unknownText.arg(Validation::displayText(current)), current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString comboId(const QComboBox *combo)
{
    return combo->currentData().toString();
}
} // namespace

BroadcastForm::BroadcastForm(AccountClient *client, DraftStore *drafts, QWidget *parent)
    : DraftForm(parent)
    , m_client(client)
    , m_drafts(drafts)
    , m_accountId(client ? client->profile().id : QString())
{
    setObjectName(u"broadcastForm"_s);
    buildUi();
    connectEdits();
    if (m_drafts) {
        const CachedReference cached = m_drafts->reference(m_accountId, BroadcastReference::ReferenceKey);
        if (!cached.isNull() && cached.value.isObject()) {
            BroadcastReference reference = BroadcastReference::fromJson(cached.value.toObject());
            if (!reference.isEmpty())
                setReference(reference, false);
        }
    }
    writeWidgets();
    refresh();
    updateTitle();
    refreshReference();
}

BroadcastForm::~BroadcastForm()
{
    if (m_loader)
        m_loader->cancel();
}

void BroadcastForm::buildUi()
{
    m_fields = new QWidget(this);
    m_fields->setObjectName(u"fields"_s);
    m_grid = new QGridLayout(m_fields);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);

    const auto addRow = [this](const QString &text, const QString &field, QWidget *editor) {
        auto *label = makeFieldLabel(text, editor, m_fields);
        auto *fb = new FieldFeedback(editor, m_fields);
        m_feedback.insert(field, fb);
        QWidget *box = FieldFeedback::stacked(editor, fb->label(), m_fields);
        const int row = m_grid->rowCount();
        m_grid->addWidget(label, row, 0, Qt::AlignTop);
        m_grid->addWidget(box, row, 1);
        return QList<QWidget *>{label, box};
    };

    m_nameEdit = new QLineEdit(m_fields);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setPlaceholderText(tr("e.g. Spring appointment reminders"));
    m_nameEdit->setToolTip(tr("The project's name, up to %n character(s) (required).", nullptr,
                              Validation::BroadcastNameMaxLength));
    addRow(tr("&Name:"), NameField, m_nameEdit);

    m_typeCombo = new QComboBox(m_fields);
    m_typeCombo->setObjectName(u"typeCombo"_s);
    m_typeCombo->addItem(tr("SMS (text)"), Validation::broadcastMessageTypeWire(BroadcastMessageType::Sms));
    m_typeCombo->addItem(tr("MMS (text and media)"),
                         Validation::broadcastMessageTypeWire(BroadcastMessageType::Mms));
    m_typeCombo->setToolTip(tr("What the project sends."));
    addRow(tr("Message t&ype:"), TypeField, m_typeCombo);

    m_channelBox = new QWidget(m_fields);
    m_channelBox->setObjectName(u"channelBox"_s);
    m_channelBox->setAccessibleName(tr("Channel"));
    m_tenDlcRadio = new QRadioButton(tr("&10DLC (brand and campaign)"), m_channelBox);
    m_tenDlcRadio->setObjectName(u"tenDlcRadio"_s);
    m_tenDlcRadio->setToolTip(tr("Ten-digit long codes: sends from local numbers under a registered brand and campaign."));
    m_tollFreeRadio = new QRadioButton(tr("&Toll-free (verification)"), m_channelBox);
    m_tollFreeRadio->setObjectName(u"tollFreeRadio"_s);
    m_tollFreeRadio->setToolTip(tr("Sends from the toll-free numbers of one toll-free verification."));
    m_channelGroup = new QButtonGroup(this);
    m_channelGroup->addButton(m_tenDlcRadio, int(BroadcastChannel::TenDlc));
    m_channelGroup->addButton(m_tollFreeRadio, int(BroadcastChannel::TollFree));
    auto *channelLayout = new QHBoxLayout(m_channelBox);
    channelLayout->setContentsMargins(0, 0, 0, 0);
    channelLayout->addWidget(m_tenDlcRadio);
    channelLayout->addWidget(m_tollFreeRadio);
    channelLayout->addStretch(1);
    m_tenDlcRadio->setChecked(true);
    addRow(tr("Channel:"), ChannelField, m_channelBox);

    m_brandCombo = new QComboBox(m_fields);
    m_brandCombo->setObjectName(u"brandCombo"_s);
    m_brandCombo->setToolTip(tr("The registered brand the project sends for (required on 10DLC)."));
    m_tenDlcRow += addRow(tr("&Brand:"), BrandField, m_brandCombo);

    auto *campaignBox = new QWidget(m_fields);
    m_campaignCombo = new QComboBox(campaignBox);
    m_campaignCombo->setObjectName(u"campaignCombo"_s);
    m_campaignCombo->setToolTip(tr("The brand's campaign the messages belong to (required on 10DLC)."));
    m_noCampaignNote = new QLabel(campaignBox);
    m_noCampaignNote->setObjectName(u"noCampaignNote"_s);
    m_noCampaignNote->setWordWrap(true);
    m_noCampaignNote->setVisible(false);
    auto *campaignLayout = new QVBoxLayout(campaignBox);
    campaignLayout->setContentsMargins(0, 0, 0, 0);
    campaignLayout->setSpacing(2);
    campaignLayout->addWidget(m_campaignCombo);
    campaignLayout->addWidget(m_noCampaignNote);
    campaignBox->setFocusProxy(m_campaignCombo);
    const QList<QWidget *> campaignRow = addRow(tr("Ca&mpaign:"), CampaignField, campaignBox);
    qobject_cast<QLabel *>(campaignRow.first())->setBuddy(m_campaignCombo);
    m_tenDlcRow += campaignRow;

    m_verificationCombo = new QComboBox(m_fields);
    m_verificationCombo->setObjectName(u"verificationCombo"_s);
    m_verificationCombo->setToolTip(tr("The toll-free verification whose numbers send the messages (required on toll-free)."));
    m_tollFreeRow += addRow(tr("Toll-free ver&ification:"), VerificationField, m_verificationCombo);

    m_picker = new NumberPicker(m_fields);
    m_picker->setObjectName(u"numberPicker"_s);
    const QList<QWidget *> numbersRow =
        addRow(tr("Sending n&umbers:"), NumbersField, m_picker);
    qobject_cast<QLabel *>(numbersRow.first())->setBuddy(m_picker);

    m_trackingGroup = new QGroupBox(tr("&Link tracking"), this);
    m_trackingGroup->setObjectName(u"trackingGroup"_s);
    m_trackingGroup->setCheckable(true);
    m_trackingGroup->setChecked(false);
    m_trackingGroup->setToolTip(tr("Shorten and track the links in the messages. The destination and the tracking domain are then required."));
    m_urlEdit = new QLineEdit(m_trackingGroup);
    m_urlEdit->setObjectName(u"urlEdit"_s);
    m_urlEdit->setPlaceholderText(tr("https://www.example.com/offer"));
    m_urlEdit->setToolTip(tr("Where a tracked link leads (an http or https address)."));
    m_domainCombo = new QComboBox(m_trackingGroup);
    m_domainCombo->setObjectName(u"domainCombo"_s);
    m_domainCombo->setToolTip(tr("The short domain tracked links use."));
    m_paramCombo = new QComboBox(m_trackingGroup);
    m_paramCombo->setObjectName(u"paramCombo"_s);
    m_paramCombo->setToolTip(tr("A contact field appended to the destination as a query parameter, e.g. ?phone=…"));
    auto *trackingGrid = new QGridLayout(m_trackingGroup);
    trackingGrid->setColumnStretch(1, 1);
    const auto addTrackingRow = [this, trackingGrid](const QString &text, const QString &field,
                                                      QWidget *editor) {
        auto *label = makeFieldLabel(text, editor, m_trackingGroup);
        auto *fb = new FieldFeedback(editor, m_trackingGroup);
        m_feedback.insert(field, fb);
        const int row = trackingGrid->rowCount();
        trackingGrid->addWidget(label, row, 0, Qt::AlignTop);
        trackingGrid->addWidget(FieldFeedback::stacked(editor, fb->label(), m_trackingGroup), row, 1);
    };
    addTrackingRow(tr("&Destination:"), UrlField, m_urlEdit);
    addTrackingRow(tr("Trac&king domain:"), DomainField, m_domainCombo);
    addTrackingRow(tr("&Query parameter:"), ParamField, m_paramCombo);
    auto *trackingFeedback = new FieldFeedback(m_trackingGroup, m_fields);
    m_feedback.insert(TrackingField, trackingFeedback);
    {
        const int row = m_grid->rowCount();
        m_grid->addWidget(m_trackingGroup, row, 0, 1, 2);
        m_grid->addWidget(trackingFeedback->label(), row + 1, 1);
    }

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Creating the project"));

    m_createButton = new QPushButton(tr("&Create"), this);
    m_createButton->setObjectName(u"createButton"_s);
    m_createButton->setIcon(QIcon::fromTheme(u"document-save"_s,
                                             style()->standardIcon(QStyle::SP_DialogApplyButton)));
    connect(m_createButton, &QPushButton::clicked, this, &BroadcastForm::requestSubmit);
    auto *submitAction = new QAction(tr("Create"), this);
    submitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    submitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(submitAction, &QAction::triggered, this, &BroadcastForm::requestSubmit);
    addAction(submitAction);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_createButton);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    m_heading = new QLabel(tr("New broadcast project"), content);
    m_heading->setObjectName(u"heading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *intro = new QLabel(tr("A broadcast project sends SMS or MMS from 1 to %1 of your numbers. "
                                "It is created in draft status; nothing is sent to recipients yet.")
                                 .arg(Validation::BroadcastMaxNumbers),
                             content);
    intro->setWordWrap(true);

    m_referenceNote = new QLabel(content);
    m_referenceNote->setObjectName(u"referenceNote"_s);
    Colors::setMuted(m_referenceNote);
    m_referenceNote->setWordWrap(true);
    m_referenceNote->setTextFormat(Qt::PlainText);
    m_refreshButton = new QToolButton(content);
    m_refreshButton->setObjectName(u"refreshListsButton"_s);
    m_refreshButton->setIcon(QIcon::fromTheme(u"view-refresh"_s,
                                              style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refreshButton->setText(tr("Refresh lists"));
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshButton->setToolTip(tr("Read the account's numbers, brands, campaigns and domains again."));
    connect(m_refreshButton, &QToolButton::clicked, this, &BroadcastForm::refreshReference);
    auto *referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_referenceNote, 1);
    referenceRow->addWidget(m_refreshButton);

    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(intro);
    contentLayout->addLayout(referenceRow);
    contentLayout->addWidget(submissionBanner());
    contentLayout->addWidget(m_fields);
    contentLayout->addLayout(buttons);
    contentLayout->addStretch(1);
    content->setMaximumWidth(820);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_nameEdit, m_typeCombo);
    setTabOrder(m_typeCombo, m_tenDlcRadio);
    setTabOrder(m_tenDlcRadio, m_tollFreeRadio);
    setTabOrder(m_tollFreeRadio, m_brandCombo);
    setTabOrder(m_brandCombo, m_campaignCombo);
    setTabOrder(m_campaignCombo, m_verificationCombo);
    setTabOrder(m_verificationCombo, m_picker);
    setTabOrder(m_picker, m_trackingGroup);
    setTabOrder(m_trackingGroup, m_urlEdit);
    setTabOrder(m_urlEdit, m_domainCombo);
    setTabOrder(m_domainCombo, m_paramCombo);
    setTabOrder(m_paramCombo, m_createButton);
    setFocusProxy(m_nameEdit);
    updateChannelRows();
}

void BroadcastForm::connectEdits()
{
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { onEdited(NameField); });
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] { onEdited(UrlField); });
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this] { onEdited(TypeField); });
    connect(m_channelGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked || m_updating)
            return;
        // The picker lets go of the numbers the channel rules out, and says which.
        m_picker->model()->setChannel(BroadcastChannel(m_channelGroup->checkedId()));
        updateChannelRows();
        onEdited(ChannelField);
    });
    connect(m_brandCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        fillCampaigns();
        onEdited(BrandField);
    });
    connect(m_campaignCombo, &QComboBox::currentIndexChanged, this, [this] { onEdited(CampaignField); });
    connect(m_verificationCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_picker->model()->setTollFreeVerification(comboId(m_verificationCombo));
        onEdited(VerificationField);
    });
    connect(m_trackingGroup, &QGroupBox::toggled, this, [this] { onEdited(TrackingField); });
    connect(m_domainCombo, &QComboBox::currentIndexChanged, this, [this] { onEdited(DomainField); });
    connect(m_paramCombo, &QComboBox::currentIndexChanged, this, [this] { onEdited(ParamField); });
    NumberSelectionModel *numbers = m_picker->model();
    connect(numbers, &NumberSelectionModel::selectionChanged, this, [this] { onEdited(NumbersField); });
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &BroadcastForm::requestSubmit);
}

void BroadcastForm::setReference(const BroadcastReference &reference, bool fresh)
{
    m_reference = reference;
    m_reference.index();
    m_referenceFresh = fresh;
    m_referenceError.clear();
    const BroadcastDraft before = m_draft;
    fillChoices();
    readWidgets(); // a number the lists now rule out was let go (and said so)
    refresh();
    updateReferenceNote();
    if (m_draft != before)
        emit payloadChanged();
}

void BroadcastForm::refreshReference()
{
    if (m_loader || !m_client)
        return;
    m_loader = new BroadcastReferenceLoader(m_client, this);
    connect(m_loader, &BroadcastReferenceLoader::finished, this, &BroadcastForm::onReferenceLoaded);
    m_loader->start();
    updateReferenceNote();
}

void BroadcastForm::onReferenceLoaded(const BroadcastReference &reference, const ApiError &error)
{
    m_loader = nullptr;
    if (error.isError()) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_referenceError = error.displayText();
        updateReferenceNote();
        emit referenceLoaded(false);
        return;
    }
    if (m_drafts)
        m_drafts->saveReference(m_accountId, BroadcastReference::ReferenceKey, reference.toJson());
    setReference(reference, true);
    emit referenceLoaded(true);
}

void BroadcastForm::updateReferenceNote()
{
    const QLocale locale;
    QString text;
    if (m_loader) {
        text = m_reference.isEmpty()
                   ? tr("Reading the account's numbers, brands and campaigns…")
                   : tr("Using the lists from %1 while they are read again…")
                         .arg(locale.toString(m_reference.fetchedAt.toLocalTime(), QLocale::ShortFormat));
    } else if (!m_referenceError.isEmpty()) {
        text = m_reference.isEmpty()
                   ? tr("The account's lists could not be read, so there is nothing to choose from "
                        "yet: %1")
                         .arg(m_referenceError)
                   : tr("Offline: the lists are from %1 (%2). The project is checked against the "
                        "server's lists again before it is sent.")
                         .arg(locale.toString(m_reference.fetchedAt.toLocalTime(), QLocale::ShortFormat),
                              m_referenceError);
    } else if (!m_reference.isEmpty()) {
        text = m_referenceFresh
                   ? tr("Lists read from the server at %1.")
                         .arg(locale.toString(m_reference.fetchedAt.toLocalTime().time(), QLocale::ShortFormat))
                   : tr("Lists from %1.").arg(locale.toString(m_reference.fetchedAt.toLocalTime(),
                                                               QLocale::ShortFormat));
    }
    m_referenceNote->setText(text);
    m_refreshButton->setEnabled(!m_loader);
}

void BroadcastForm::fillChoices()
{
    const QScopedValueRollback guard(m_updating, true);
    fillCombo(m_brandCombo, tr("Choose a brand…"), m_reference.brands, m_draft.brandId,
              tr("Unknown brand (%1)"));
    fillCampaigns();
    fillCombo(m_verificationCombo, tr("Choose a toll-free verification…"),
              m_reference.tollFreeVerifications, m_draft.tollFreeVerificationId,
              tr("Unknown verification (%1)"));
    fillCombo(m_domainCombo, tr("Choose a domain…"), m_reference.linkTrackingDomains,
              m_draft.trackingDomainId, tr("Unknown domain (%1)"));

    QList<BroadcastReference::Named> params{{u"phone"_s, tr("Phone number (phone)")}};
    for (const QString &field : std::as_const(m_reference.contactFields)) {
        if (field != u"phone")
            params.append({field, field});
    }
    fillCombo(m_paramCombo, tr("No parameter"), params, m_draft.paramField, tr("%1 (unknown field)"));

    NumberSelectionModel *numbers = m_picker->model();
    QHash<QString, QString> names;
    for (const auto &v : std::as_const(m_reference.tollFreeVerifications))
        names.insert(v.id, v.name);
    numbers->setVerificationNames(names);
    numbers->setChannel(m_draft.channel);
    numbers->setTollFreeVerification(m_draft.tollFreeVerificationId);
    numbers->setNumbers(m_reference.numbers);
    numbers->setSelectedIds(m_draft.numberIds());
}

void BroadcastForm::fillCampaigns()
{
    const QScopedValueRollback guard(m_updating, true);
    const QString brand = comboId(m_brandCombo);
    QList<BroadcastReference::Named> campaigns;
    for (const auto &c : m_reference.campaignsOf(brand))
        campaigns.append({c.id, c.name});
    // Keep the draft's campaign only while its brand is the one chosen.
    const QString current = brand == m_draft.brandId ? m_draft.campaignId : QString();
    fillCombo(m_campaignCombo, brand.isEmpty() ? tr("Choose a brand first") : tr("Choose a campaign…"),
              campaigns, current, tr("Unknown campaign (%1)"));
    const bool none = !brand.isEmpty() && campaigns.isEmpty() && !m_reference.isEmpty();
    m_campaignCombo->setEnabled(!brand.isEmpty() && (!campaigns.isEmpty() || !current.isEmpty()));
    m_noCampaignNote->setText(
        none ? tr("%1 has no campaign yet. Register one for the brand, or choose another brand.")
                   .arg(Validation::isolatedText(m_brandCombo->currentText()))
             : QString());
    m_noCampaignNote->setVisible(none);
}

void BroadcastForm::updateChannelRows()
{
    const bool tenDlc = m_channelGroup->checkedId() != int(BroadcastChannel::TollFree);
    for (QWidget *w : std::as_const(m_tenDlcRow))
        w->setVisible(tenDlc);
    for (QWidget *w : std::as_const(m_tollFreeRow))
        w->setVisible(!tenDlc);
}

void BroadcastForm::writeWidgets()
{
    const QScopedValueRollback guard(m_updating, true);
    m_nameEdit->setText(m_draft.name);
    m_typeCombo->setCurrentIndex(m_draft.messageType == BroadcastMessageType::Mms ? 1 : 0);
    (m_draft.channel == BroadcastChannel::TollFree ? m_tollFreeRadio : m_tenDlcRadio)->setChecked(true);
    m_trackingGroup->setChecked(m_draft.linkTracking);
    m_urlEdit->setText(m_draft.destinationUrl);
    fillChoices();
    updateChannelRows();
}

void BroadcastForm::readWidgets()
{
    m_draft.name = m_nameEdit->text();
    m_draft.messageType = m_typeCombo->currentIndex() == 1 ? BroadcastMessageType::Mms
                                                           : BroadcastMessageType::Sms;
    m_draft.channel = BroadcastChannel(m_channelGroup->checkedId());
    m_draft.brandId = comboId(m_brandCombo);
    m_draft.campaignId = comboId(m_campaignCombo);
    m_draft.tollFreeVerificationId = comboId(m_verificationCombo);
    // The chosen numbers with their details: from the lists, or as the draft knew them.
    QHash<QString, Validation::BroadcastNumberRef> known;
    for (const auto &n : std::as_const(m_draft.numbers))
        known.insert(n.id, n);
    QList<Validation::BroadcastNumberRef> chosen;
    for (const QString &id : m_picker->model()->selectedIds()) {
        if (const auto *n = m_reference.number(id))
            chosen.append(*n);
        else
            chosen.append(known.value(id, Validation::BroadcastNumberRef{id, id, false, {}}));
    }
    m_draft.numbers = chosen;
    m_draft.linkTracking = m_trackingGroup->isChecked();
    m_draft.destinationUrl = m_urlEdit->text();
    m_draft.trackingDomainId = comboId(m_domainCombo);
    m_draft.paramField = comboId(m_paramCombo);
}

void BroadcastForm::setDraft(const BroadcastDraft &draft)
{
    const BroadcastDraft before = m_draft;
    m_draft = draft;
    writeWidgets();
    readWidgets();
    m_serverErrors.clear();
    m_touched.clear();
    // A reopened draft shows its reasons at once for what it already holds.
    if (!m_draft.name.isEmpty())
        m_touched.insert(NameField);
    if (!m_draft.numbers.isEmpty())
        m_touched.insert(NumbersField);
    if (!m_draft.brandId.isEmpty())
        m_touched += {BrandField, CampaignField};
    if (!m_draft.tollFreeVerificationId.isEmpty())
        m_touched.insert(VerificationField);
    if (m_draft.linkTracking)
        m_touched += {UrlField, DomainField, ParamField};
    refresh();
    updateTitle();
    if (m_draft != before)
        emit payloadChanged();
}

void BroadcastForm::onEdited(const QString &field)
{
    if (m_updating)
        return;
    readWidgets();
    m_touched.insert(field);
    m_serverErrors.remove(field);
    if (field == ChannelField || field == VerificationField) {
        m_serverErrors.remove(NumbersField);
    } else if (field == BrandField) {
        m_serverErrors.remove(CampaignField);
    }
    refresh();
    if (field == NameField)
        updateTitle();
    emit payloadChanged();
}

QString BroadcastForm::canonicalField(const QString &field)
{
    if (field == u"phone_number_id")
        return NumbersField;
    return field;
}

QList<FieldError> BroadcastForm::currentErrors() const
{
    if (m_reference.isEmpty())
        return m_draft.checkLocally();
    return m_draft.checkAgainst(m_reference.lookup());
}

QHash<QString, QString> BroadcastForm::effectiveMessages() const
{
    QHash<QString, QStringList> byField;
    for (const FieldError &e : currentErrors())
        byField[canonicalField(e.field)].append(e.message);
    QHash<QString, QString> messages;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QStringList lines = it.value();
        if (lines.size() > MaxNumberMessages + 1) {
            const int more = int(lines.size()) - MaxNumberMessages;
            lines = lines.mid(0, MaxNumberMessages);
            lines << tr("…and %n more.", nullptr, more);
        }
        messages.insert(it.key(), lines.join(u'\n'));
    }
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it)
        messages.insert(it.key(), it.value());
    return messages;
}

QString BroadcastForm::fieldMessage(const QString &wireField) const
{
    const FieldFeedback *fb = feedback(canonicalField(wireField));
    return fb ? fb->message() : QString();
}

void BroadcastForm::refresh()
{
    const QHash<QString, QString> messages = effectiveMessages();
    for (auto it = m_feedback.cbegin(); it != m_feedback.cend(); ++it) {
        const QString message = messages.value(it.key());
        const bool show = !message.isEmpty()
                          && (m_submitAttempted || m_touched.contains(it.key())
                              || m_serverErrors.contains(it.key()));
        it.value()->show(show ? Validation::FieldCheck::wrong(message) : Validation::FieldCheck::ok());
    }
    const QString reason = blockingReason();
    m_createButton->setEnabled(reason.isEmpty());
    QString tip;
    if (isBusy())
        tip = tr("The project is on its way to the server.");
    else if (isSent())
        tip = tr("This project has been created.");
    else if (!reason.isEmpty())
        tip = tr("Cannot create yet:\n%1").arg(reason);
    else
        tip = tr("Create the project on the server in draft status (Ctrl+Return).");
    m_createButton->setToolTip(tip);
    m_createButton->setStatusTip(isSent() ? QString() : tip);
}

QString BroadcastForm::blockingReason() const
{
    if (isReadOnly())
        return tr("This window cannot save drafts, so nothing can be sent from it.");
    if (isBusy())
        return tr("The project is on its way to the server.");
    if (isSent())
        return tr("The project has already been created.");
    if (submissionState() == OutboxState::Undecided)
        return tr("Choose first whether the project was created already.");
    const QHash<QString, QString> messages = effectiveMessages();
    QStringList reasons;
    for (const QString &field : FormFields) {
        const QString message = messages.value(field);
        if (!message.isEmpty())
            reasons << tr("%1: %2").arg(fieldLabel(field), QString(message).replace(u'\n', u' '));
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        if (!FormFields.contains(it.key()))
            reasons << it.value();
    }
    return reasons.join(u'\n');
}

QString BroadcastForm::fieldLabel(const QString &field) const
{
    if (field == NameField) return tr("Name");
    if (field == TypeField) return tr("Message type");
    if (field == ChannelField) return tr("Channel");
    if (field == NumbersField) return tr("Sending numbers");
    if (field == BrandField) return tr("Brand");
    if (field == CampaignField) return tr("Campaign");
    if (field == VerificationField) return tr("Toll-free verification");
    if (field == TrackingField) return tr("Link tracking");
    if (field == UrlField) return tr("Destination");
    if (field == DomainField) return tr("Tracking domain");
    if (field == ParamField) return tr("Query parameter");
    return field;
}

QWidget *BroadcastForm::fieldWidget(const QString &field) const
{
    if (field == NameField) return m_nameEdit;
    if (field == TypeField) return m_typeCombo;
    if (field == ChannelField) return m_channelGroup->checkedButton();
    if (field == NumbersField) return m_picker;
    if (field == BrandField) return m_brandCombo;
    if (field == CampaignField) return m_campaignCombo;
    if (field == VerificationField) return m_verificationCombo;
    if (field == TrackingField) return m_trackingGroup;
    if (field == UrlField) return m_urlEdit;
    if (field == DomainField) return m_domainCombo;
    if (field == ParamField) return m_paramCombo;
    return nullptr;
}

FieldFeedback *BroadcastForm::feedback(const QString &field) const
{
    return m_feedback.value(field);
}

void BroadcastForm::updateTitle()
{
    const QString name = Validation::displayText(m_draft.name.simplified());
    const QString shown = Validation::isolatedText(fontMetrics().elidedText(name, Qt::ElideRight, 240));
    QString title;
    if (isSent()) {
        title = tr("Broadcast project — %1").arg(shown);
        m_heading->setText(name);
    } else if (name.isEmpty()) {
        title = tr("New broadcast project");
    } else {
        title = tr("New broadcast project — %1").arg(shown);
    }
    setWindowTitle(title);
}

bool BroadcastForm::checkBeforeSubmit()
{
    readWidgets();
    m_submitAttempted = true;
    refresh();
    if (canSubmit())
        return true;
    const QHash<QString, QString> messages = effectiveMessages();
    for (const QString &field : FormFields) {
        QWidget *w = fieldWidget(field);
        if (messages.contains(field) && w && w->isVisibleTo(this)) {
            if (field == UrlField || field == DomainField || field == ParamField)
                m_trackingGroup->setChecked(true);
            w->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return false;
}

void BroadcastForm::submissionChanged()
{
    const bool busy = isBusy();
    const bool editable = isEditable();
    m_fields->setEnabled(editable);
    m_picker->setReadOnly(!editable);
    m_refreshButton->setVisible(!isSent());
    m_progress->setVisible(busy);
    m_createButton->setText(busy ? tr("Creating…") : isSent() ? tr("Created") : tr("&Create"));
    refresh();
    updateTitle();
}

void BroadcastForm::applyFieldErrors(const QList<FieldError> &errors, const QString &message)
{
    QStringList unplaced;
    QString first;
    m_serverErrors.clear();
    QHash<QString, QStringList> byField;
    for (const FieldError &e : errors) {
        const QString field = canonicalField(e.field);
        const QString text = !e.message.isEmpty() ? e.message : message;
        if (feedback(field)) {
            byField[field].append(sentence(text));
            if (first.isEmpty() || FormFields.indexOf(field) < FormFields.indexOf(first))
                first = field;
        } else {
            unplaced << (e.field.isEmpty() ? text : tr("%1: %2").arg(e.field, text));
        }
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        m_serverErrors.insert(it.key(), tr("The server says: %1").arg(it.value().join(u' ')));
    if (errors.isEmpty() && !message.isEmpty())
        unplaced << message;
    if (!unplaced.isEmpty()) {
        submissionBanner()->showMessage(tr("The server did not accept the project: %1 "
                                           "Everything you chose is kept.")
                                            .arg(sentence(unplaced.join(u"; "_s))),
                                        MessageBanner::Type::Error);
    } else if (!first.isEmpty() && !message.isEmpty()) {
        submissionBanner()->showMessage(sentence(message), MessageBanner::Type::Error);
    }
    refresh();
    if (QWidget *w = fieldWidget(first)) {
        if (first == UrlField || first == DomainField || first == ParamField)
            m_trackingGroup->setChecked(true);
        w->setFocus(Qt::OtherFocusReason);
    }
}
