#include "appcontroller.h"

#include "api/account.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/draftsender.h"
#include "kindregistry.h"
#include "mainwindow.h"
#include "sandboxhost.h"
#include "screenshottaker.h"

#include <QApplication>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "switchboard.app")

namespace {
constexpr int screenshotWidth = 1280;
constexpr int screenshotHeight = 800;

// Real accounts (profiles in QSettings, secrets in the keychain) come in a later version;
// until then the embedded sandbox is the only account.
QList<Account *> configuredAccounts()
{
    return {};
}

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
                             QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_kinds(kinds ? kinds : &KindRegistry::builtIn())
{
    if (!options.dataDir.isEmpty()) {
        m_dataDir = options.dataDir;
    } else if (!options.screenshotFile.isEmpty()) {
        // A picture shows fresh demo data, never the user's own drafts, and leaves no trace.
        m_scratch = std::make_unique<QTemporaryDir>();
        m_dataDir = m_scratch->path();
    } else {
        m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    // With --data-dir everything stays in that folder (tests, portable runs); otherwise
    // settings go where the platform keeps them.
    if (options.dataDir.isEmpty())
        m_settings = std::make_unique<QSettings>();
    else
        m_settings = std::make_unique<QSettings>(QDir(m_dataDir).filePath(u"switchboard.ini"_s),
                                                 QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_kinds);
}

AppController::~AppController()
{
    // The outboxes use the clients; the panes and forms use the clients and the drafts;
    // the clients talk to the server.
    m_outboxes.clear();
    m_window.reset();
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
    openDraftStore();
    m_window->show();

    const QList<Account *> accounts = configuredAccounts();
    for (Account *account : accounts)
        addAccount(account);
    if (accounts.isEmpty() || m_options.sandbox)
        startSandbox();
}

void AppController::openDraftStore()
{
    auto store = std::make_unique<DraftStore>(m_dataDir);
    store->setKnownKinds(m_kinds->kindKeys());
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

void AppController::startSandbox()
{
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

Account *AppController::createSandboxAccount(const SandboxEndpoint &endpoint)
{
    auto *account = new Account(u"sandbox"_s, tr("Sandbox (demo data)"));
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

void AppController::onSandboxStarted(const SandboxEndpoint &endpoint)
{
    addAccount(createSandboxAccount(endpoint));
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
}

void AppController::addAccount(Account *account)
{
    if (const std::optional<Section> section = m_kinds->sectionFromKey(m_options.section);
        !m_options.section.isEmpty() && section) {
        if (m_kinds->sectionsFor(account->families()).contains(*section))
            m_window->setInitialSection(account->id(), *section);
        else
            qCWarning(lcApp) << "account" << account->id() << "has no section"
                             << m_options.section;
    }
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
                if (kind.createSender)
                    outbox->setSender(kind.key, kind.createSender(client));
            }
            m_window->addOutbox(outbox.get());
            outbox->start();
            m_outboxes.push_back(std::move(outbox));
        }
    }

    if (m_screenshot && m_window->currentAccount() == account)
        m_screenshot->capture(m_window->currentPane(), account);
}

QString AppController::singleInstanceFolder(const CommandLineOptions &options)
{
    if (!options.screenshotFile.isEmpty())
        return {};
    if (!options.dataDir.isEmpty())
        return options.dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
