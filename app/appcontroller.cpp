#include "appcontroller.h"

#include "datafolder.h"

#include "accountmanager.h"
#include "accounts/accountsdialog.h"
#include "api/account.h"
#include "api/networklog.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/draftsender.h"
#include "kindregistry.h"
#include "drafts/senderregistry.h"
#include "mainwindow.h"
#include "sandboxhost.h"
#include "screenshottaker.h"
#include "secretstore.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "switchboard.app")

namespace {
constexpr int screenshotWidth = 1280;
constexpr int screenshotHeight = 800;

// Why the drafts cannot be kept, for the window's read-only notice: the real cause and
// what to do about it.
QString startupProblem(StorageFailure::Kind failure, const QString &folder, const QString &why)
{
    const QString cause = StorageFailure::describe(failure, folder);
    if (failure == StorageFailure::Kind::DiskFull) {
        return AppController::tr("%1, so nothing typed here would be kept. Free some space, "
                                 "then start Switchboard again.")
            .arg(cause);
    }
    if (!cause.isEmpty()) {
        return AppController::tr("%1, so nothing typed here would be kept. Start Switchboard "
                                 "again once that is fixed.")
            .arg(cause);
    }
    return AppController::tr("drafts cannot be kept (%1), so nothing typed here would be kept.")
        .arg(why);
}
} // namespace

AppController::AppController(const CommandLineOptions &options, const KindRegistry *kinds,
                             const SenderRegistry *senders, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_kinds(kinds ? kinds : &KindRegistry::builtIn())
    , m_senders(senders ? senders : &SenderRegistry::builtIn())
{
    if (!options.dataDir.isEmpty()) {
        m_dataDir = options.dataDir;
    } else if (!options.screenshotFile.isEmpty()) {
        // A picture shows fresh demo data, never the user's own drafts, and leaves no trace.
        m_scratch = std::make_unique<QTemporaryDir>();
        m_dataDir = m_scratch->path();
    } else {
        m_dataDir = DataFolder::location();
    }
    // With --data-dir everything stays in that folder (tests, portable runs); otherwise
    // settings go where the platform keeps them.
    if (options.dataDir.isEmpty())
        m_settings = std::make_unique<QSettings>();
    else
        m_settings = std::make_unique<QSettings>(QDir(m_dataDir).filePath(u"switchboard.ini"_s),
                                                 QSettings::IniFormat);
    m_networkLog = std::make_unique<NetworkLog>();
    m_secrets = std::make_unique<SecretStore>();
    m_accounts = std::make_unique<AccountManager>(m_settings.get(), m_secrets.get());
    m_window = std::make_unique<MainWindow>(m_kinds);
}

AppController::~AppController()
{
    // The outboxes use the clients; the panes and forms use the clients and the drafts;
    // the clients talk to the server.
    m_outboxes.clear();
    if (m_dialog)
        delete m_dialog.data();
    m_window.reset();
    m_accounts.reset();
    m_drafts.reset();
    m_sandbox.reset();
    m_scratch.reset(); // after everything that wrote into it
}

QString AppController::sandboxDataDir() const
{
    return QDir(m_dataDir).filePath(u"sandbox"_s);
}

void AppController::start()
{
    const bool screenshot = !m_options.screenshotFile.isEmpty();
    if (screenshot) {
        // Pictures for the README: the same size every time, and no trace in the settings.
        m_window->resize(screenshotWidth, screenshotHeight);
        m_screenshot = new ScreenshotTaker(m_window.get(), m_options.screenshotFile,
                                           m_options.screenshotTimeoutSeconds * 1000, this);
        connect(m_screenshot, &ScreenshotTaker::finished, this,
                [this](bool ok, const QString &message) {
                    emit exitRequested(ok ? 0 : 1, message);
                });
    } else {
        m_window->setSettings(m_settings.get());
        m_window->readSettings(*m_settings);
    }
    // Corporate networks: the system's proxy settings (and its no_proxy list).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    openDraftStore();
    m_window->setNetworkLog(m_networkLog.get());
    m_window->show();

    connectAccountManager();
    // Pictures show the sandbox's demo data, never accounts from the environment.
    m_accounts->load(screenshot ? QProcessEnvironment() : QProcessEnvironment::systemEnvironment());
    if (m_options.sandbox)
        m_accounts->setSandbox(true); // --sandbox: back in the list if it was removed
    if (m_accounts->accounts().isEmpty())
        m_window->showNoAccounts();
    checkAskedAccount();
}

void AppController::connectAccountManager()
{
    AccountManager *manager = m_accounts.get();
    connect(manager, &AccountManager::accountReady, this,
            [this](const AccountConfig &config) { addAccount(createAccount(config)); });
    connect(manager, &AccountManager::accountUpdated, this, [this](const AccountConfig &config) {
        if (Account *account = m_window->account(config.id)) {
            account->setDisplayName(config.name.trimmed());
            account->setDescription(config.summary());
            account->updateProfile(config.profile());
        }
    });
    connect(manager, &AccountManager::accountRemoved, this, &AppController::removeAccount);
    connect(manager, &AccountManager::accountNeedsSecret, this,
            [this](const AccountConfig &config, const QString &why) {
                qCInfo(lcApp) << "account" << config.name << "waits for its secret";
                m_window->showTransientMessage(why);
                if (!m_secretsPromptScheduled) {
                    m_secretsPromptScheduled = true;
                    // Once every secret has been read: one dialog for all of them.
                    QTimer::singleShot(0, this, &AppController::askForSecrets);
                }
                checkAskedAccount();
            });
    connect(manager, &AccountManager::sandboxWanted, this, [this](bool wanted) {
        if (wanted)
            startSandbox();
        else
            stopSandbox();
    });
    connect(manager, &AccountManager::orderChanged, m_window.get(), &MainWindow::setAccountOrder);
    connect(manager, &AccountManager::retiredProfilesChanged, m_window.get(),
            &MainWindow::setRetiredProfiles);
    connect(manager, &AccountManager::keychainMessage, this, [this](const QString &message) {
        m_window->showTransientMessage(message);
        if (m_dialog)
            m_dialog->showMessage(message, MessageBanner::Type::Warning);
    });
    connect(manager, &AccountManager::environmentProblem, m_window.get(),
            &MainWindow::showTransientMessage);
    connect(m_window.get(), &MainWindow::accountsRequested, this,
            [this](bool adding) { openAccountsDialog(adding); });
    connect(m_window.get(), &MainWindow::sandboxRequested, this,
            [this] { m_accounts->setSandbox(true); });
}

void AppController::askForSecrets()
{
    m_secretsPromptScheduled = false;
    if (m_accounts->isLoading()) {
        m_secretsPromptScheduled = true;
        QTimer::singleShot(50, this, &AppController::askForSecrets);
        return;
    }
    const QStringList waiting = m_accounts->needingSecret();
    // Pictures and a window that cannot keep anything ask nothing; once a session is enough.
    if (waiting.isEmpty() || m_screenshot || m_window->isReadOnly() || m_dialog)
        return;
    bool asked = true;
    for (const QString &id : waiting)
        asked = asked && m_askedForSecret.contains(id);
    if (asked)
        return;
    m_askedForSecret << waiting;
    openAccountsDialog(false, waiting.constFirst());
    if (m_dialog) {
        const AccountConfig first = m_accounts->account(waiting.constFirst());
        m_dialog->showMessage(
            tr("Enter the %1 of “%2”: the system keychain did not give it to Switchboard "
               "(no keychain service is running, or it holds none). Without one it is kept for "
               "this session only.")
                .arg(first.secretLabel().toLower(), first.name),
            MessageBanner::Type::Warning);
        m_dialog->edit(AccountField::Secret)->setFocus(Qt::OtherFocusReason);
    }
}

AccountsDialog *AppController::accountsDialog() const
{
    return m_dialog;
}

void AppController::openAccountsDialog(bool adding, const QString &accountId)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        if (adding)
            m_dialog->startAdding();
        return;
    }
    auto *dialog = new AccountsDialog(m_accounts->accounts(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNetworkLog(m_networkLog.get());
    dialog->setSecretMayBeMissing(m_accounts->needingSecret());
    if (adding)
        dialog->startAdding();
    else if (!accountId.isEmpty())
        dialog->selectAccount(accountId);
    else if (Account *current = m_window->currentAccount())
        dialog->selectAccount(current->id());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_accounts->apply(dialog->accounts());
        if (m_window->accounts().isEmpty() && !m_accounts->hasSandbox()
            && m_accounts->accounts().isEmpty()) {
            m_window->showNoAccounts();
        }
    });
    m_dialog = dialog;
    dialog->open(); // window-modal without a nested event loop
}

void AppController::openDraftStore()
{
    auto store = std::make_unique<DraftStore>(m_dataDir);
    store->setKnownKinds(m_kinds->kindKeys());
    for (const QString &kind : m_senders->kinds())
        store->setKindRules(kind, m_senders->rules(kind));
    if (!store->open()) {
        qCWarning(lcApp) << "drafts database cannot be opened:" << store->errorString();
        // Another Switchboard holds the folder and did not take over this start: say so for
        // as long as this window is open, and leave its settings alone. (The store keeps
        // its own lock even when its database fails: ask without it.)
        const QString why = store->errorString();
        const StorageFailure::Kind failure = store->failure();
        store.reset();
        if (QLockFile probe(QDir(m_dataDir).filePath(u"drafts.lock"_s));
            !probe.tryLock(0) && probe.error() == QLockFile::LockFailedError) {
            qCWarning(lcApp, "Read-only: another Switchboard holds %s",
                      qUtf8Printable(QDir::toNativeSeparators(m_dataDir)));
            m_window->setSettings(nullptr);
            m_window->setDraftStore(nullptr);
            m_window->setReadOnly(
                tr("another Switchboard is using the data folder %1 and does not answer, so "
                   "nothing typed here would be kept. Close it, then start Switchboard again.")
                    .arg(QDir::toNativeSeparators(m_dataDir)));
            return;
        }
        // Anything else (a full disk, a read-only or forbidden folder): say which, for as
        // long as this window is open, and let nothing be typed that would be lost.
        m_window->setDraftStore(nullptr);
        m_window->setReadOnly(startupProblem(failure, m_dataDir, why));
        return;
    }
    if (!store->recoveredDamagedFile().isEmpty()) {
        m_window->showTransientMessage(
            tr("The drafts database was damaged and a new one was started; the old one is "
               "kept as %1.")
                .arg(QDir::toNativeSeparators(store->recoveredDamagedFile())));
    }
    m_drafts = std::move(store);
    m_window->setDraftStore(m_drafts.get());
}

void AppController::stopSandbox()
{
    removeAccount(u"sandbox"_s);
    removeAccount(SandboxSubaccountId);
    m_sandbox.reset(); // stops the server and joins its thread; its data stays
}

void AppController::startSandbox()
{
    if (m_sandbox)
        return;
    m_window->showStartupMessage(
        tr("Starting sandbox…"),
        tr("Switchboard is preparing a local server with demo data, so you can look around "
           "without a cloud account."),
        tr("Starting sandbox…"), MainWindow::StartupKind::Busy);

    SandboxOptions options;
    options.dataDir = sandboxDataDir();
    options.seed = u"demo"_s;
    options.numbers = m_options.sandboxNumbers;
    options.faults = m_options.sandboxFaults;

    m_sandbox = std::make_unique<SandboxHost>();
    connect(m_sandbox.get(), &SandboxHost::started, this, &AppController::onSandboxStarted);
    connect(m_sandbox.get(), &SandboxHost::failed, this, &AppController::onSandboxFailed);
    m_sandbox->start(options);
}

Account *AppController::createAccount(const AccountConfig &config)
{
    auto *account = new Account(config.id, config.name.trimmed());
    account->setDescription(config.summary());
    account->addProfile(config.profile());
    return account;
}

Account *AppController::createSandboxAccount(const SandboxEndpoint &endpoint)
{
    auto *account = new Account(u"sandbox"_s, AccountConfig::sandbox().name);
    account->setSandbox(true);
    account->setDescription(tr("Local sandbox at %1; changes stay on this computer.")
                                .arg(endpoint.baseUrl.toDisplayString()));

    const SandboxCredentials &c = endpoint.credentials;
    auto add = [&](ApiFamily family, const QString &user, const QString &secret) {
        AccountProfile profile;
        profile.id = u"sandbox-"_s + familyName(family).toLower();
        profile.displayName = tr("Sandbox · %1").arg(familyName(family));
        profile.family = family;
        profile.baseUrl = endpoint.baseUrl;
        profile.user = user;
        profile.secret = secret;
        profile.sandbox = true;
        account->addProfile(profile);
    };
    add(ApiFamily::Properties, c.propertiesAccountSid, c.propertiesAuthToken);
    add(ApiFamily::Broadcast, {}, c.broadcastApiKey);
    add(ApiFamily::Twilio, c.twilioAccountSid, c.twilioAuthToken);
    add(ApiFamily::SignalWire, c.signalwireProjectId, c.signalwireToken);
    return account;
}

Account *AppController::createSandboxSubaccount(const SandboxEndpoint &endpoint)
{
    // A Twilio subaccount, as a company's branch has one: a second account with numbers of
    // its own, so moving a draft between accounts can be tried without a cloud account.
    const SandboxCredentials &c = endpoint.credentials;
    if (c.twilioSubaccountSid.isEmpty())
        return nullptr;
    auto *account = new Account(SandboxSubaccountId, tr("Sandbox subaccount"));
    account->setSandbox(true);
    account->setDescription(tr("A Twilio subaccount of the local sandbox at %1; changes stay on "
                               "this computer.")
                                .arg(endpoint.baseUrl.toDisplayString()));
    AccountProfile profile;
    profile.id = SandboxSubaccountId + u"-twilio"_s;
    profile.displayName = tr("Sandbox subaccount · Twilio");
    profile.family = ApiFamily::Twilio;
    profile.baseUrl = endpoint.baseUrl;
    profile.user = c.twilioSubaccountSid;
    profile.secret = c.twilioSubaccountAuthToken;
    profile.sandbox = true;
    account->addProfile(profile);
    return account;
}

Account *AppController::findAccount(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    for (Account *account : m_window->accounts()) {
        if (account->displayName().compare(wanted, Qt::CaseInsensitive) == 0
            || account->id() == wanted) {
            return account;
        }
    }
    return nullptr;
}

void AppController::checkAskedAccount()
{
    // --account NAME for an account that never arrives: say so once everything has.
    if (m_options.account.isEmpty() || m_accounts->isLoading() || (m_sandbox && m_sandbox->isStarting()))
        return;
    if (findAccount(m_options.account))
        return;
    QStringList names;
    for (const AccountConfig &c : m_accounts->accounts())
        names << c.name;
    qCWarning(lcApp) << "no account is called" << m_options.account;
    m_window->showTransientMessage(
        tr("No account is called “%1”. Your accounts: %2.")
            .arg(m_options.account, QLocale().createSeparatedList(names)));
    m_options.account.clear();
}

void AppController::onSandboxStarted(const SandboxEndpoint &endpoint)
{
    addAccount(createSandboxAccount(endpoint));
    if (Account *subaccount = createSandboxSubaccount(endpoint)) {
        // --section without --account is the sandbox's own section, not its subaccount's.
        const QString section = m_options.account.isEmpty() ? std::exchange(m_options.section, {})
                                                            : m_options.section;
        addAccount(subaccount);
        m_options.section = section;
    }
    checkAskedAccount();
}

void AppController::onSandboxFailed(const QString &message)
{
    m_window->showStartupMessage(
        tr("The sandbox could not start"),
        tr("%1\n\nIts data folder is %2. Check that it is writable, then start Switchboard "
           "again.")
            .arg(message, QDir::toNativeSeparators(sandboxDataDir())),
        tr("Sandbox not running"), MainWindow::StartupKind::Error);
    if (m_screenshot)
        m_screenshot->fail(tr("The sandbox could not start: %1").arg(message));
    checkAskedAccount();
}

void AppController::addAccount(Account *account)
{
    const QList<Section> sections = m_kinds->sectionsFor(account->families());
    const bool asked = !m_options.account.isEmpty()
                       && (account->displayName().compare(m_options.account.trimmed(),
                                                          Qt::CaseInsensitive) == 0
                           || account->id() == m_options.account.trimmed());
    const std::optional<Section> section = m_kinds->sectionFromKey(m_options.section);
    if (!m_options.section.isEmpty() && section && (m_options.account.isEmpty() || asked)) {
        if (sections.contains(*section))
            m_window->setInitialSection(account->id(), *section);
        else
            qCWarning(lcApp) << "account" << account->id() << "has no section"
                             << m_options.section;
    }
    if (asked) {
        // --account NAME: this one first, whichever arrived before it.
        if (!section || !sections.contains(*section)) {
            if (!sections.isEmpty())
                m_window->setInitialSection(account->id(), sections.constFirst());
        }
        m_options.account.clear();
    }
    account->setNetworkLog(m_networkLog.get());
    m_window->addAccount(account);
    account->startMonitoring();

    // One outbox per account client sends every registered kind of that family: the
    // forms' Create and "Send when online" alike.
    if (m_drafts) {
        for (AccountClient *client : account->clients()) {
            const QList<DraftKindType> kinds = m_kinds->kindsOf(client->family());
            if (kinds.isEmpty())
                continue;
            auto outbox = std::make_unique<Outbox>(m_drafts.get(), client);
            for (const DraftKindType &kind : kinds) {
                if (std::unique_ptr<DraftSender> sender = m_senders->create(kind.key, client))
                    outbox->setSender(kind.key, std::move(sender));
            }
            m_window->addOutbox(outbox.get());
            outbox->start();
            m_outboxes.push_back({account->id(), std::move(outbox)});
        }
    }

    if (m_screenshot && m_window->currentAccount() == account)
        m_screenshot->capture(m_window->currentPane(), account);
}

void AppController::removeAccount(const QString &id)
{
    Account *account = m_window->account(id);
    if (!account)
        return;
    // Its outboxes first: they use its clients. Drafts waiting there stay in the store.
    m_outboxes.erase(std::remove_if(m_outboxes.begin(), m_outboxes.end(),
                                    [&id](const AccountOutbox &o) { return o.accountId == id; }),
                     m_outboxes.end());
    m_window->removeAccount(account);
}

QString AppController::singleInstanceFolder(const CommandLineOptions &options)
{
    if (!options.screenshotFile.isEmpty())
        return {};
    if (!options.dataDir.isEmpty())
        return options.dataDir;
    return DataFolder::location();
}

void AppController::handleForwardedOptions(const CommandLineOptions &options)
{
    MainWindow *window = m_window.get();
    // Un-minimize without losing "maximized" (showNormal() would), then bring it forward;
    // where the window manager refuses focus stealing, alert() at least flags it.
    if (window->isMinimized())
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::alert(window);

    QString acted = u"showed the window"_s;
    if (!options.account.isEmpty()) {
        Account *target = findAccount(options.account);
        const std::optional<Section> found = m_kinds->sectionFromKey(options.section);
        if (target) {
            const QList<Section> sections = m_kinds->sectionsFor(target->families());
            const Section section = found && sections.contains(*found)
                                        ? *found
                                        : (sections.isEmpty() ? Section::Drafts : sections.constFirst());
            if (window->selectSection(target, section))
                acted += u", account "_s + target->id();
        } else if (m_accounts->isLoading() || (m_sandbox && m_sandbox->isStarting())) {
            m_options.account = options.account; // shown when it arrives
            m_options.section = options.section;
            acted += u", account once it is ready"_s;
        } else {
            m_window->showTransientMessage(
                tr("No account is called “%1”.").arg(options.account));
        }
        qCInfo(lcApp, "A later start handed over: %s", qUtf8Printable(acted));
        return;
    }
    if (const std::optional<Section> found = m_kinds->sectionFromKey(options.section);
        !options.section.isEmpty() && found) {
        const Section section = *found;
        const auto has = [this, &section](const Account *account) {
            return m_kinds->sectionsFor(account->families()).contains(section);
        };
        // The current account if it has the section, else the first that does.
        Account *target = nullptr;
        if (Account *current = window->currentAccount(); current && has(current))
            target = current;
        for (Account *account : window->accounts()) {
            if (!target && has(account))
                target = account;
        }
        if (target && window->selectSection(target, section)) {
            acted += u", section "_s + options.section;
        } else if (window->accounts().isEmpty()) {
            // Still starting (the sandbox seeds): addAccount() shows it first.
            m_options.section = options.section;
            acted += u", section "_s + options.section + u" once its account is ready"_s;
        } else {
            qCWarning(lcApp) << "no account has the section" << options.section;
        }
    }
    qCInfo(lcApp, "A later start handed over: %s", qUtf8Printable(acted));
}
