#include "accountsdialog.h"

#include "accounts/accountlistmodel.h"
#include "api/networklog.h"
#include "icons.h"
#include "validation/accountrules.h"
#include "widgets/colors.h"
#include "widgets/fieldfeedback.h"
#include "widgets/tablebehaviour.h"
#include "widgets/wheelguard.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Validation::FieldCheck;

namespace {
constexpr ApiFamily families[] = {ApiFamily::Twilio, ApiFamily::SignalWire, ApiFamily::Properties,
                                  ApiFamily::Broadcast};

QIcon familyIcon(ApiFamily family)
{
    switch (family) {
    case ApiFamily::Twilio:
    case ApiFamily::SignalWire:
        return Icons::icon(u"section-numbers"_s);
    case ApiFamily::Properties:
        return Icons::icon(u"section-properties"_s);
    case ApiFamily::Broadcast:
        return Icons::icon(u"section-broadcast"_s);
    }
    return {};
}

QString familyDescription(ApiFamily family)
{
    switch (family) {
    case ApiFamily::Twilio:
        return AccountsDialog::tr("Account SID with its auth token or an API key; optional "
                                  "region and edge.");
    case ApiFamily::SignalWire:
        return AccountsDialog::tr("Your space (example.signalwire.com), project ID and API token.");
    case ApiFamily::Properties:
        return AccountsDialog::tr("Account SID and auth token, with the server’s address.");
    case ApiFamily::Broadcast:
        return AccountsDialog::tr("An API key, with the server’s address.");
    }
    return {};
}

// Family icons in the list, a warning where an account cannot be used yet.
class AccountIconProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        if (!index.data(AccountListModel::ProblemRole).toString().isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.data(AccountListModel::OriginRole).toInt() == int(AccountOrigin::Sandbox))
            return Icons::appIcon();
        return familyIcon(ApiFamily(index.data(AccountListModel::FamilyRole).toInt()));
    }
};
} // namespace

AccountsDialog::AccountsDialog(const QList<AccountConfig> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_model(new AccountListModel(this))
    , m_list(new QListView(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_addMenu(new QMenu(this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_upButton(new QToolButton(this))
    , m_downButton(new QToolButton(this))
    , m_test(new ConnectionTest(this))
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Accounts"));
    WheelGuard::guard(this); // its scrolled page, as the forms
    setSizeGripEnabled(true);
    m_model->setAccounts(accounts);
    for (const AccountConfig &c : accounts)
        m_original.insert(c.id, c);
    buildUi();
    resize(880, 580);

    connect(m_test, &ConnectionTest::finished, this,
            [this](ConnectionTest::Outcome outcome, const QString &message) {
                m_testBusy->setVisible(false);
                const bool works = outcome == ConnectionTest::Outcome::Works;
                const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
                m_testIcon->setPixmap(style()
                                          ->standardIcon(works ? QStyle::SP_DialogApplyButton
                                                               : QStyle::SP_MessageBoxWarning)
                                          .pixmap(size, size));
                m_testIcon->setVisible(true);
                m_testResult->setText(message);
                m_testResult->setAccessibleDescription(message);
                m_testResult->setProperty("plainText", message);
                m_testResult->setVisible(true);
                updateButtons();
                emit testFinished(outcome, message);
            });

    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
    else
        startAdding();
    onCurrentChanged();
}

AccountsDialog::~AccountsDialog()
{
    // The children outlive this body; their last signals (the list's selection going with
    // its model) must not reach a half-destroyed dialog.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void AccountsDialog::buildUi()
{
    // Left: the accounts in order, with Add, Remove and the arrows under them.
    auto *proxy = new AccountIconProxy(this);
    proxy->setSourceModel(m_model);
    m_list->setObjectName(u"accountList"_s);
    m_list->setModel(proxy);
    m_list->setIconSize(QSize(20, 20));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(1);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setMinimumWidth(220);
    TableBehaviour::setUp(m_list); // Tab leaves the list, a context menu with Copy
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AccountsDialog::onCurrentChanged);

    for (ApiFamily family : families) {
        QAction *action = m_addMenu->addAction(familyIcon(family),
                                               tr("%1 account…").arg(familyName(family)));
        action->setObjectName(u"add"_s + familyName(family) + u"Action"_s);
        connect(action, &QAction::triggered, this, [this, family] { addAccount(family); });
    }
    m_addMenu->addSeparator();
    m_addSandboxAction = m_addMenu->addAction(Icons::appIcon(), tr("Sandbox (demo data)"));
    m_addSandboxAction->setObjectName(u"addSandboxAction"_s);
    connect(m_addSandboxAction, &QAction::triggered, this, &AccountsDialog::addSandbox);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setMenu(m_addMenu);
    m_addButton->setToolTip(tr("Add a Twilio, SignalWire, Properties or Broadcast account, or "
                               "the sandbox (Ctrl+N)"));
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setToolTip(tr("Remove the selected account when you press OK; its drafts "
                                  "are kept (Del)"));
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeCurrent);
    m_upButton->setObjectName(u"upButton"_s);
    m_upButton->setArrowType(Qt::UpArrow);
    m_upButton->setToolTip(tr("Move up (Alt+Up)"));
    m_upButton->setAccessibleName(tr("Move up"));
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    m_downButton->setObjectName(u"downButton"_s);
    m_downButton->setArrowType(Qt::DownArrow);
    m_downButton->setToolTip(tr("Move down (Alt+Down)"));
    m_downButton->setAccessibleName(tr("Move down"));
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveCurrent(1); });

    // The keyboard's way to the same: Del in the list, Alt+Up/Down and Ctrl+N anywhere.
    auto *removeAction = new QAction(tr("Remove"), m_list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &AccountsDialog::removeCurrent);
    m_list->addAction(removeAction);
    TableBehaviour::of(m_list)->setContextActions({removeAction});
    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });
    addShortcut(QKeySequence::New, [this] { startAdding(); });

    auto *listLabel = new QLabel(tr("Acc&ounts:"), this);
    listLabel->setBuddy(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->setContentsMargins(0, 0, 0, 0);
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    listButtons->addWidget(m_upButton);
    listButtons->addWidget(m_downButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // Right: what is selected.
    m_addPage = buildAddPage();
    m_formPage = buildFormPage();
    m_sandboxPage = buildSandboxPage();
    m_pages->addWidget(m_addPage);
    m_pages->addWidget(m_formPage);
    m_pages->addWidget(m_sandboxPage);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 630});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_banner->setObjectName(u"accountsBanner"_s);
    m_banner->hideMessage();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_upButton);
    setTabOrder(m_upButton, m_downButton);
}

QWidget *AccountsDialog::buildAddPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"addPage"_s);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(tr("Add an account"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Which service is it? You sign in with the same details as in "
                                "the provider’s console; secrets go to the system keychain."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(intro);
    for (ApiFamily family : families) {
        auto *button = new QCommandLinkButton(familyName(family), familyDescription(family), page);
        button->setObjectName(u"choose"_s + familyName(family) + u"Button"_s);
        button->setIcon(familyIcon(family));
        connect(button, &QCommandLinkButton::clicked, this, [this, family] { addAccount(family); });
        layout->addWidget(button);
    }
    auto *sandbox = new QCommandLinkButton(tr("Sandbox (demo data)"),
                                           tr("A server on this computer with realistic demo "
                                              "data, to try every screen."),
                                           page);
    sandbox->setObjectName(u"chooseSandboxButton"_s);
    sandbox->setIcon(Icons::appIcon());
    connect(sandbox, &QCommandLinkButton::clicked, this, &AccountsDialog::addSandbox);
    connect(m_addSandboxAction, &QAction::changed, sandbox,
            [this, sandbox] { sandbox->setVisible(m_addSandboxAction->isEnabled()); });
    layout->addWidget(sandbox);
    layout->addStretch(1);
    return page;
}

QWidget *AccountsDialog::buildFormPage()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    m_formHeading = new QLabel(content);
    m_formHeading->setObjectName(u"formHeading"_s);
    QFont headingFont = m_formHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_formHeading->setFont(headingFont);
    layout->addWidget(m_formHeading);

    m_originNote = new QLabel(content);
    m_originNote->setObjectName(u"originNote"_s);
    m_originNote->setWordWrap(true);
    m_keepButton = new QPushButton(tr("Keep in &my accounts"), content);
    m_keepButton->setObjectName(u"keepButton"_s);
    m_keepButton->setToolTip(tr("Save this account with your others; its secret goes to the "
                                "system keychain"));
    connect(m_keepButton, &QPushButton::clicked, this, &AccountsDialog::keepEnvironmentAccount);
    auto *originRow = new QHBoxLayout;
    originRow->addWidget(m_originNote, 1);
    originRow->addWidget(m_keepButton, 0, Qt::AlignTop);
    layout->addLayout(originRow);

    auto *fields = new QWidget(content);
    // A grid, not a QFormLayout: rows are shown and hidden per family, and a hidden grid row
    // takes no room (Qt 6.4's QFormLayout::setRowVisible writes out of bounds).
    m_form = new QGridLayout(fields);
    m_form->setColumnStretch(1, 1);

    m_familyCombo = new QComboBox(fields);
    m_familyCombo->setObjectName(u"familyCombo"_s);
    for (ApiFamily family : families)
        m_familyCombo->addItem(familyIcon(family), familyName(family), int(family));
    m_familyCombo->setToolTip(tr("The service can be chosen until the account is saved"));
    auto *familyLabel = new QLabel(tr("Serv&ice:"), fields);
    familyLabel->setBuddy(m_familyCombo);
    addRow(familyLabel, m_familyCombo);
    connect(m_familyCombo, &QComboBox::activated, this, [this] {
        AccountConfig c = currentConfig();
        const auto family = ApiFamily(m_familyCombo->currentData().toInt());
        if (c.family == family)
            return;
        AccountConfig fresh;
        fresh.id = c.id;
        fresh.name = c.name;
        fresh.family = family;
        fresh.caFile = c.caFile;
        setCurrentConfig(fresh);
        loadForm(fresh);
    });

    const auto addField = [this, fields](AccountField field, const QString &objectName) {
        auto *edit = new QLineEdit(fields);
        edit->setObjectName(objectName);
        auto *feedback = new FieldFeedback(edit, fields);
        feedback->label()->setObjectName(objectName + u"Feedback"_s);
        auto *label = new QLabel(fields);
        label->setBuddy(edit);
        QWidget *row = FieldFeedback::stacked(edit, feedback->label(), fields);
        addRow(label, row);
        m_edits.insert(field, edit);
        m_feedback.insert(field, feedback);
        m_labels.insert(field, label);
        m_rows.insert(field, row);
        connect(edit, &QLineEdit::textEdited, this, [this, field] { onEdited(field); });
        return edit;
    };

    addField(AccountField::Name, u"nameEdit"_s)->setMaxLength(Validation::AccountNameMaxLength * 2);
    // Two places for the server: right under the name, or last (see updateFieldVisibility).
    const auto serverSlot = [this, fields](QLabel **label) {
        auto *slot = new QWidget(fields);
        auto *slotLayout = new QVBoxLayout(slot);
        slotLayout->setContentsMargins(0, 0, 0, 0);
        *label = new QLabel(fields);
        addRow(*label, slot);
        return slot;
    };
    m_serverTop = serverSlot(&m_serverTopLabel);
    addField(AccountField::Space, u"spaceEdit"_s);
    addField(AccountField::AccountSid, u"sidEdit"_s);

    m_authRow = new QWidget(fields);
    auto *authLayout = new QHBoxLayout(m_authRow);
    authLayout->setContentsMargins(0, 0, 0, 0);
    m_authTokenRadio = new QRadioButton(tr("Aut&h token"), m_authRow);
    m_authTokenRadio->setObjectName(u"authTokenRadio"_s);
    m_apiKeyRadio = new QRadioButton(tr("A&PI key"), m_authRow);
    m_apiKeyRadio->setObjectName(u"apiKeyRadio"_s);
    m_apiKeyRadio->setToolTip(tr("An API key (SK…) and its secret; the account SID stays the "
                                 "account the requests act on"));
    m_authGroup = new QButtonGroup(this);
    m_authGroup->addButton(m_authTokenRadio);
    m_authGroup->addButton(m_apiKeyRadio);
    authLayout->addWidget(m_authTokenRadio);
    authLayout->addWidget(m_apiKeyRadio);
    authLayout->addStretch(1);
    auto *authLabel = new QLabel(tr("Sign in with:"), fields);
    addRow(authLabel, m_authRow);
    connect(m_authGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on || m_loading)
            return;
        AccountConfig c = currentConfig();
        c.twilioAuth = m_apiKeyRadio->isChecked() ? TwilioAuth::ApiKey : TwilioAuth::AuthToken;
        // The other method's secret is another secret: never carried over.
        c.secret = m_edits.value(AccountField::Secret)->text();
        if (c.secret.isEmpty() && m_original.contains(c.id)
            && m_original.value(c.id).twilioAuth == c.twilioAuth) {
            c.secret = m_original.value(c.id).secret;
        }
        setCurrentConfig(c);
        loadForm(c);
    });

    addField(AccountField::ApiKeySid, u"apiKeySidEdit"_s);
    QLineEdit *secret = addField(AccountField::Secret, u"secretEdit"_s);
    secret->setEchoMode(QLineEdit::Password);
    secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QLineEdit *region = addField(AccountField::Region, u"regionEdit"_s);
    region->setPlaceholderText(tr("optional, e.g. ie1"));
    auto *regionCompleter = new QCompleter(Validation::twilioRegions(), region);
    regionCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    region->setCompleter(regionCompleter);
    QLineEdit *edge = addField(AccountField::Edge, u"edgeEdit"_s);
    edge->setPlaceholderText(tr("optional, e.g. dublin"));
    auto *edgeCompleter = new QCompleter(Validation::twilioEdges(), edge);
    edgeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    edge->setCompleter(edgeCompleter);
    {
        // The server's edit and feedback, kept out of the form: a slot holds them.
        auto *edit = new QLineEdit(fields);
        edit->setObjectName(u"serverEdit"_s);
        auto *feedback = new FieldFeedback(edit, fields);
        feedback->label()->setObjectName(u"serverEditFeedback"_s);
        QWidget *row = FieldFeedback::stacked(edit, feedback->label(), fields);
        m_edits.insert(AccountField::Server, edit);
        m_feedback.insert(AccountField::Server, feedback);
        m_rows.insert(AccountField::Server, row);
        connect(edit, &QLineEdit::textEdited, this, [this] { onEdited(AccountField::Server); });
        m_serverBottom = serverSlot(&m_serverBottomLabel);
        m_serverBottom->layout()->addWidget(row);
        m_serverTopLabel->setBuddy(edit);
        m_serverBottomLabel->setBuddy(edit);
        m_labels.insert(AccountField::Server, m_serverBottomLabel);
    }

    // The CA file: an edit with Browse… beside it.
    QLineEdit *ca = addField(AccountField::CaFile, u"caFileEdit"_s);
    ca->setPlaceholderText(tr("optional: a PEM file, for a network that inspects TLS"));
    m_caBrowse = new QPushButton(tr("&Browse…"), fields);
    m_caBrowse->setObjectName(u"caBrowseButton"_s);
    connect(m_caBrowse, &QPushButton::clicked, this, &AccountsDialog::chooseCaFile);
    if (auto *row = qobject_cast<QVBoxLayout *>(m_rows.value(AccountField::CaFile)->layout())) {
        auto *line = new QHBoxLayout;
        row->removeWidget(ca);
        line->addWidget(ca, 1);
        line->addWidget(m_caBrowse);
        row->insertLayout(0, line);
    }

    m_hostPreview = new QLabel(fields);
    m_hostPreview->setObjectName(u"hostPreview"_s);
    Colors::setMuted(m_hostPreview);
    m_hostPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostPreview->setWordWrap(true);
    addRow(nullptr, m_hostPreview);
    layout->addWidget(fields);

    m_edits.value(AccountField::Name)->setPlaceholderText(tr("e.g. Acme production"));
    m_edits.value(AccountField::Space)->setPlaceholderText(tr("e.g. acme (acme.signalwire.com)"));
    m_labels.value(AccountField::Name)->setText(tr("&Name:"));
    m_labels.value(AccountField::Space)->setText(tr("&Space:"));
    m_labels.value(AccountField::ApiKeySid)->setText(tr("API &key SID:"));
    m_labels.value(AccountField::Region)->setText(tr("Re&gion:"));
    m_labels.value(AccountField::Edge)->setText(tr("&Edge:"));
    m_labels.value(AccountField::CaFile)->setText(tr("Extra &CA file:"));

    // Test connection, with its verdict under it.
    m_testButton = new QPushButton(tr("&Test connection"), content);
    m_testButton->setObjectName(u"testButton"_s);
    // The theme's network icon if it has one, never a tick: a tick is the verdict of a test
    // that worked, and nothing has been tested yet.
    m_testButton->setIcon(QIcon::fromTheme(u"network-connect"_s));
    connect(m_testButton, &QPushButton::clicked, this, &AccountsDialog::runTest);
    m_testBusy = new QProgressBar(content);
    m_testBusy->setRange(0, 0);
    m_testBusy->setTextVisible(false);
    m_testBusy->setMaximumWidth(120);
    m_testBusy->setMaximumHeight(14);
    m_testBusy->setVisible(false);
    m_testBusy->setAccessibleName(tr("Testing the connection"));
    m_testResult = new QLabel(content);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setVisible(false);
    m_testIcon = new QLabel(content);
    m_testIcon->setVisible(false);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testBusy);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_testIcon, 0, Qt::AlignTop);
    resultRow->addWidget(m_testResult, 1);
    layout->addLayout(resultRow);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"formPage"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *AccountsDialog::buildSandboxPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"sandboxPage"_s);
    auto *layout = new QVBoxLayout(page);
    auto *icon = new QLabel(page);
    icon->setPixmap(Icons::appIcon().pixmap(64, 64));
    auto *heading = new QLabel(tr("Sandbox (demo data)"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *text = new QLabel(tr("A server that runs inside Switchboard on this computer, with "
                               "realistic demo data for Properties, Broadcast projects and "
                               "Twilio and SignalWire numbers. Nothing you do there reaches a "
                               "real account or costs anything.\n\nRemove it when you no longer "
                               "need it; Add ▸ Sandbox brings it back with its data."),
                            page);
    text->setWordWrap(true);
    layout->addWidget(icon);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
    return page;
}

void AccountsDialog::addRow(QLabel *label, QWidget *field)
{
    const int row = m_form->rowCount();
    if (label) {
        // Level with the first line of the field (an edit, a combo), whatever is under it.
        label->setMinimumHeight(QLineEdit().sizeHint().height());
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_form->addWidget(label, row, 0, Qt::AlignTop);
        m_rowLabels.insert(field, label);
    }
    m_form->addWidget(field, row, 1);
}

void AccountsDialog::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *label = m_rowLabels.value(field))
        label->setVisible(visible);
}

QLineEdit *AccountsDialog::edit(AccountField field) const
{
    return m_edits.value(field);
}

FieldFeedback *AccountsDialog::feedback(AccountField field) const
{
    return m_feedback.value(field);
}

QList<AccountConfig> AccountsDialog::accounts() const
{
    return m_model->accounts();
}

void AccountsDialog::setNetworkLog(NetworkLog *log)
{
    m_test->setNetworkLog(log);
}

void AccountsDialog::setSecretMayBeMissing(const QStringList &ids)
{
    m_model->setSecretMayBeMissing(ids);
    if (!ids.isEmpty()) {
        QStringList names;
        for (const QString &id : ids)
            names << u"“"_s + m_model->account(m_model->rowOf(id)).name + u"”"_s;
        showMessage(tr("%1 stay(s) disconnected until you enter the secret again.", nullptr,
                       int(names.size()))
                        .arg(QLocale().createSeparatedList(names)),
                    MessageBanner::Type::Warning);
    }
    updateChecks();
    updateButtons();
}

int AccountsDialog::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_pages->currentWidget() != m_addPage ? current.row() : -1;
}

bool AccountsDialog::isAddPageShown() const
{
    return m_pages->currentWidget() == m_addPage;
}

void AccountsDialog::selectAccount(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
    onCurrentChanged();
}

void AccountsDialog::startAdding()
{
    m_list->clearSelection();
    m_pages->setCurrentWidget(m_addPage);
    if (auto *first = m_addPage->findChild<QCommandLinkButton *>())
        first->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void AccountsDialog::addAccount(ApiFamily family)
{
    AccountConfig c;
    c.id = AccountConfig::newId();
    c.family = family;
    m_newIds << c.id;
    const int row = m_model->appendAccount(c);
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
    onCurrentChanged();
    m_edits.value(AccountField::Name)->setFocus(Qt::OtherFocusReason);
}

void AccountsDialog::addSandbox()
{
    for (const AccountConfig &c : m_model->accounts()) {
        if (c.isSandbox())
            return;
    }
    const int row = m_model->appendAccount(AccountConfig::sandbox());
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
    onCurrentChanged();
    m_list->setFocus(Qt::OtherFocusReason);
}

void AccountsDialog::removeCurrent()
{
    const int row = currentRow();
    const AccountConfig c = m_model->account(row);
    if (row < 0 || c.isEnvironment())
        return;
    m_model->removeAccount(row);
    if (m_original.contains(c.id)) {
        showMessage(c.isSandbox()
                        ? tr("The sandbox is removed when you press OK; its data stays on this "
                             "computer for when you add it back.")
                        : tr("“%1” is removed when you press OK, with its secret. Its drafts are "
                             "kept: you can move them to another account or export them.")
                              .arg(c.name),
                    MessageBanner::Type::Information);
    }
    if (m_model->rowCount() == 0) {
        startAdding();
    } else {
        m_list->setCurrentIndex(m_list->model()->index(std::min(row, m_model->rowCount() - 1), 0));
        onCurrentChanged();
    }
    m_list->setFocus(Qt::OtherFocusReason);
}

void AccountsDialog::moveCurrent(int delta)
{
    const int row = currentRow();
    if (row < 0 || !m_model->moveAccount(row, row + delta))
        return;
    m_list->setCurrentIndex(m_list->model()->index(row + delta, 0));
    updateButtons();
}

void AccountsDialog::showMessage(const QString &text, MessageBanner::Type type)
{
    m_banner->showMessage(text, type);
}

QString AccountsDialog::bannerText() const
{
    return m_banner->isShowing() ? m_banner->text() : QString();
}

QString AccountsDialog::testResult() const
{
    return m_testResult->isHidden() ? QString() : m_testResult->property("plainText").toString();
}

QString AccountsDialog::hostPreview() const
{
    return m_hostPreview->text();
}

AccountConfig AccountsDialog::currentConfig() const
{
    return m_model->account(currentRow());
}

void AccountsDialog::setCurrentConfig(const AccountConfig &config)
{
    m_model->setAccount(currentRow(), config);
}

void AccountsDialog::onCurrentChanged()
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    if (row < 0) {
        if (m_model->rowCount() == 0)
            startAdding();
        updateButtons();
        return;
    }
    const AccountConfig c = m_model->account(row);
    if (c.isSandbox()) {
        m_pages->setCurrentWidget(m_sandboxPage);
    } else {
        m_pages->setCurrentWidget(m_formPage);
        loadForm(c);
    }
    updateButtons();
}

void AccountsDialog::updateFieldVisibility(const AccountConfig &config)
{
    // The server comes first where it is required (Properties, Broadcast: it says where the
    // account lives) and last where it is only for reaching another server.
    const bool serverFirst = config.family == ApiFamily::Properties
                             || config.family == ApiFamily::Broadcast;
    QWidget *serverRow = m_rows.value(AccountField::Server);
    QWidget *slot = serverFirst ? m_serverTop : m_serverBottom;
    if (serverRow->parentWidget() != slot) {
        slot->layout()->addWidget(serverRow);
        serverRow->show();
        // The keyboard follows the order on screen.
        QWidget *before = serverFirst                                  ? m_edits.value(AccountField::Name)
                          : config.family == ApiFamily::SignalWire ? m_edits.value(AccountField::Secret)
                                                                     : m_edits.value(AccountField::Edge);
        setTabOrder(before, m_edits.value(AccountField::Server));
    }
    setRowVisible(m_serverTop, serverFirst);
    setRowVisible(m_serverBottom, !serverFirst);
    m_labels.insert(AccountField::Server, serverFirst ? m_serverTopLabel : m_serverBottomLabel);

    const QList<AccountField> used = config.fields();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key() == AccountField::Server)
            continue; // in one of its two places, above
        const bool show = used.contains(it.key()) || it.key() == AccountField::Name;
        setRowVisible(it.value(), show);
    }
    setRowVisible(m_authRow, config.family == ApiFamily::Twilio);
}

void AccountsDialog::loadForm(const AccountConfig &c)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const bool isNew = m_newIds.contains(c.id);
    const bool environment = c.isEnvironment();

    m_formHeading->setText(c.name.trimmed().isEmpty()
                               ? tr("New %1 account").arg(familyName(c.family))
                               : c.name.trimmed());
    m_familyCombo->setCurrentIndex(m_familyCombo->findData(int(c.family)));
    m_familyCombo->setEnabled(isNew);
    m_authTokenRadio->setChecked(c.twilioAuth == TwilioAuth::AuthToken);
    m_apiKeyRadio->setChecked(c.twilioAuth == TwilioAuth::ApiKey);
    m_authTokenRadio->setEnabled(!environment);
    m_apiKeyRadio->setEnabled(!environment);

    if (environment) {
        m_originNote->setText(tr("From the environment variables %1. It is used for this "
                                 "session and not saved unless you keep it.")
                                  .arg(c.sourceVariables.join(u", "_s)));
    }
    m_originNote->setVisible(environment);
    m_keepButton->setVisible(environment);

    // The family's own words.
    m_labels.value(AccountField::AccountSid)->setText(
        c.family == ApiFamily::SignalWire ? tr("&Project ID:") : tr("Account &SID:"));
    QString secretLabel;
    switch (c.family) {
    case ApiFamily::Twilio:
        secretLabel = c.twilioAuth == TwilioAuth::ApiKey ? tr("API ke&y secret:")
                                                         : tr("A&uth token:");
        break;
    case ApiFamily::SignalWire:
        secretLabel = tr("API tok&en:");
        break;
    case ApiFamily::Properties:
        secretLabel = tr("A&uth token:");
        break;
    case ApiFamily::Broadcast:
        secretLabel = tr("API &key:");
        break;
    }
    m_labels.value(AccountField::Secret)->setText(secretLabel);
    const bool serverOptional = c.family == ApiFamily::Twilio || c.family == ApiFamily::SignalWire;
    m_serverTopLabel->setText(tr("Ser&ver:"));
    m_serverBottomLabel->setText(tr("Ser&ver (optional):"));
    m_edits.value(AccountField::Server)->setPlaceholderText(
        serverOptional ? tr("only to reach another server, e.g. a test server")
                       : tr("e.g. https://api.example.com"));
    m_edits.value(AccountField::AccountSid)->setPlaceholderText(
        c.family == ApiFamily::Twilio       ? tr("AC followed by 32 hexadecimal digits")
        : c.family == ApiFamily::SignalWire ? tr("e.g. a1b2c3d4-0000-4000-8000-1234567890ab")
                                            : tr("32 upper-case letters and digits"));
    m_edits.value(AccountField::ApiKeySid)->setPlaceholderText(tr("SK followed by 32 hexadecimal digits"));

    const auto set = [this](AccountField field, const QString &text) {
        QLineEdit *e = m_edits.value(field);
        if (e->text() != text)
            e->setText(text);
    };
    set(AccountField::Name, c.name);
    set(AccountField::AccountSid, c.accountSid);
    set(AccountField::ApiKeySid, c.apiKeySid);
    set(AccountField::Region, c.region);
    set(AccountField::Edge, c.edge);
    set(AccountField::Space, c.space);
    set(AccountField::Server, c.server);
    set(AccountField::CaFile, c.caFile);
    // A secret is never shown: only what is typed now is in the field.
    const AccountConfig original = m_original.value(c.id);
    const bool keepsStored = !original.secret.isEmpty() && c.secret == original.secret
                             && c.twilioAuth == original.twilioAuth;
    set(AccountField::Secret, keepsStored || environment ? QString() : c.secret);
    m_edits.value(AccountField::Secret)
        ->setPlaceholderText(environment   ? tr("from the environment")
                             : keepsStored ? tr("kept safely; type a new one to replace it")
                                           : tr("required"));
    for (QLineEdit *e : std::as_const(m_edits))
        e->setReadOnly(environment);
    m_caBrowse->setEnabled(!environment);

    updateFieldVisibility(c);
    if (m_testedId != c.id)
        clearTestResult();
    m_loading = wasLoading;
    updateChecks();
}

void AccountsDialog::onEdited(AccountField field)
{
    if (m_loading)
        return;
    AccountConfig c = currentConfig();
    const QString text = m_edits.value(field)->text();
    switch (field) {
    case AccountField::Name: c.name = text; break;
    case AccountField::AccountSid: c.accountSid = text; break;
    case AccountField::ApiKeySid: c.apiKeySid = text; break;
    case AccountField::Region: c.region = text; break;
    case AccountField::Edge: c.edge = text; break;
    case AccountField::Space: c.space = text; break;
    case AccountField::Server: c.server = text; break;
    case AccountField::CaFile: c.caFile = text; break;
    case AccountField::Secret: {
        const AccountConfig original = m_original.value(c.id);
        // Emptied: the stored secret stays (it was never in the field).
        c.secret = text.isEmpty() && original.twilioAuth == c.twilioAuth ? original.secret : text;
        break;
    }
    }
    setCurrentConfig(c);
    if (field == AccountField::Name) {
        m_formHeading->setText(c.name.trimmed().isEmpty()
                                   ? tr("New %1 account").arg(familyName(c.family))
                                   : c.name.trimmed());
    }
    clearTestResult(); // it spoke of other values
    updateChecks();
}

void AccountsDialog::updateChecks()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AccountConfig c = m_model->account(row);
    const QStringList others = m_model->otherNames(row);
    for (auto it = m_feedback.cbegin(); it != m_feedback.cend(); ++it) {
        FieldCheck check = c.check(it.key(), others);
        // An empty field not yet typed into says "required" quietly: as a placeholder.
        if (check.verdict == Validation::Verdict::Incomplete
            && m_edits.value(it.key())->text().isEmpty()
            && !(it.key() == AccountField::Secret && !c.secret.isEmpty())) {
            check = FieldCheck::ok();
        }
        if (it.key() == AccountField::Secret && !c.secret.isEmpty()
            && m_edits.value(AccountField::Secret)->text().isEmpty()) {
            check = FieldCheck::ok(); // the stored one, never shown
        }
        it.value()->show(check);
    }

    // Where requests will go, once the fields that decide it are right.
    const QUrl url = c.baseUrl();
    const bool decided = c.check(AccountField::Server).isOk() && c.check(AccountField::Region).isOk()
                         && c.check(AccountField::Edge).isOk();
    if (decided && url.isValid() && !url.host().isEmpty())
        m_hostPreview->setText(tr("Requests go to %1").arg(url.toDisplayString()));
    else
        m_hostPreview->setText(QString());
    setRowVisible(m_hostPreview, !m_hostPreview->text().isEmpty());

    // Another login for an account that has drafts: say what happens to them.
    const auto original = m_original.constFind(c.id);
    if (original != m_original.cend() && !original->isSandbox() && !c.isEnvironment()
        && c.identity() != original->identity() && c.problems(others).isEmpty()) {
        m_banner->showMessage(tr("“%1” will sign in to another account or server than before. "
                                 "Drafts written for the old one are kept, but not sent to the "
                                 "new one unless you move them.")
                                  .arg(c.name.trimmed()),
                              MessageBanner::Type::Warning);
    }
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const int row = currentRow();
    const AccountConfig c = m_model->account(row);
    m_removeButton->setEnabled(row >= 0 && !c.isEnvironment());
    m_removeButton->setToolTip(c.isEnvironment()
                                   ? tr("This account comes from environment variables; unset "
                                        "them to remove it")
                                   : tr("Remove the selected account when you press OK; its "
                                        "drafts are kept (Del)"));
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_model->rowCount() - 1);

    bool hasSandbox = false;
    for (const AccountConfig &a : m_model->accounts())
        hasSandbox = hasSandbox || a.isSandbox();
    m_addSandboxAction->setEnabled(!hasSandbox);

    if (m_testButton) {
        const QString problem = row >= 0 ? m_model->problemAt(row) : QString();
        const bool secretMissing = row >= 0 && c.secret.isEmpty();
        const bool canTest = row >= 0 && !c.isSandbox() && problem.isEmpty() && !secretMissing
                             && !m_test->isRunning();
        m_testButton->setEnabled(canTest);
        m_testButton->setToolTip(
            canTest ? tr("Make one cheap authenticated request with these details (Alt+T)")
            : m_test->isRunning() ? tr("Testing…")
            : !problem.isEmpty()  ? problem
                                  : tr("Enter the secret first"));
    }

    // OK names the first thing that still stops it.
    QString blocking;
    for (int i = 0; i < m_model->rowCount() && blocking.isEmpty(); ++i) {
        if (m_model->account(i).isEnvironment())
            continue; // not saved, not editable here: its variables are fixed outside
        const QString problem = m_model->problemAt(i);
        if (!problem.isEmpty())
            blocking = tr("“%1”: %2").arg(m_model->data(m_model->index(i), Qt::DisplayRole).toString(),
                                          problem);
    }
    m_okButton->setEnabled(blocking.isEmpty());
    m_okButton->setToolTip(blocking.isEmpty() ? tr("Save the accounts and connect") : blocking);
}

void AccountsDialog::clearTestResult()
{
    if (m_test->isRunning())
        m_test->cancel();
    m_testBusy->setVisible(false);
    m_testResult->clear();
    m_testResult->setProperty("plainText", QString());
    m_testResult->setVisible(false);
    m_testIcon->setVisible(false);
    m_testedId.clear();
}

void AccountsDialog::runTest()
{
    const AccountConfig c = currentConfig();
    if (c.isSandbox() || !m_model->problemAt(currentRow()).isEmpty() || c.secret.isEmpty())
        return;
    clearTestResult();
    m_testedId = c.id;
    m_testBusy->setVisible(true);
    m_test->start(c.profile());
    updateButtons();
}

void AccountsDialog::chooseCaFile()
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Extra CA certificates"),
                                   QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_edits.value(AccountField::CaFile)->setText(path);
        onEdited(AccountField::CaFile);
    });
    dialog->open();
}

void AccountsDialog::keepEnvironmentAccount()
{
    AccountConfig c = currentConfig();
    if (!c.isEnvironment())
        return;
    c.origin = AccountOrigin::Saved;
    c.sourceVariables.clear();
    setCurrentConfig(c);
    loadForm(c);
    showMessage(tr("“%1” is saved with your accounts when you press OK; its secret goes to the "
                   "system keychain.")
                    .arg(c.name),
                MessageBanner::Type::Information);
}
