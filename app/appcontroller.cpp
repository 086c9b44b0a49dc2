#include "appcontroller.h"

#include "account.h"
#include "mainwindow.h"
#include "sandboxhost.h"
#include "screenshottaker.h"

#include <QDir>
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
} // namespace

AppController::AppController(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_dataDir = options.dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : options.dataDir;
    // With --data-dir everything stays in that folder (tests, portable runs); otherwise
    // settings go where the platform keeps them.
    if (options.dataDir.isEmpty())
        m_settings = std::make_unique<QSettings>();
    else
        m_settings = std::make_unique<QSettings>(QDir(m_dataDir).filePath(u"switchboard.ini"_s),
                                                 QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>();
}

AppController::~AppController()
{
    // Close panes and clients before the server they talk to stops.
    m_window.reset();
    m_sandbox.reset();
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
    m_window->show();

    const QList<Account *> accounts = configuredAccounts();
    for (Account *account : accounts)
        addAccount(account);
    if (accounts.isEmpty() || m_options.sandbox)
        startSandbox();
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
    m_window->addAccount(account);
    if (!m_options.section.isEmpty()) {
        Section section = Section::Properties;
        if (sectionFromKey(m_options.section, &section)
            && !m_window->selectSection(account, section)) {
            qCWarning(lcApp) << "account" << account->id() << "has no section"
                             << m_options.section;
        }
    }
    account->startMonitoring();
    if (m_screenshot && m_window->currentAccount() == account)
        m_screenshot->capture(m_window->currentPane(), account);
}
