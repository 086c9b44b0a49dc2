#pragma once

#include "commandline.h"

#include <QObject>
#include <QTemporaryDir>
#include <QPointer>

#include <memory>
#include <vector>

class Account;
class AccountManager;
class AccountsDialog;
class DraftStore;
class KindRegistry;
class SenderRegistry;
class MainWindow;
class NetworkLog;
class Outbox;
class QSettings;
class SandboxHost;
class ScreenshotTaker;
class SecretStore;
struct AccountConfig;
struct SandboxEndpoint;

// Starts Switchboard from its command line: settings, the main window, the accounts
// (AccountManager: the saved ones with their secrets from the keychain, the providers'
// environment variables, and the embedded sandbox as an account of its own, there on the
// first start), the network log, the accounts dialog, and --screenshot. main() only parses
// the command line and runs this.
//
//     AppController controller(options);
//     connect(&controller, &AppController::exitRequested, ...);  // --screenshot is done
//     controller.start();
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // kinds: the sections and draft kinds, senders: what sends each kind (neither owned;
    // both must outlive the controller); the built-in ones when null.
    explicit AppController(const CommandLineOptions &options, const KindRegistry *kinds = nullptr,
                           const SenderRegistry *senders = nullptr, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the window and starts connecting. Call once, with an event loop to follow.
    void start();

    MainWindow *window() const { return m_window.get(); }
    SandboxHost *sandboxHost() const { return m_sandbox.get(); }
    QSettings *settings() const { return m_settings.get(); }
    // Every form's draft, in the data folder; null if it could not be opened.
    DraftStore *draftStore() const { return m_drafts.get(); }
    // Settings, sandbox data and drafts live here (--data-dir or the platform's place).
    QString dataDir() const { return m_dataDir; }
    QString sandboxDataDir() const;

    AccountManager *accountManager() const { return m_accounts.get(); }
    SecretStore *secretStore() const { return m_secrets.get(); }
    NetworkLog *networkLog() const { return m_networkLog.get(); }
    // The accounts dialog while it is open (Settings ▸ Accounts).
    AccountsDialog *accountsDialog() const;
    // Opens the accounts dialog (window-modal, no nested event loop), on its "Add an
    // account" page when adding, or on the account with this id.
    void openAccountsDialog(bool adding, const QString &accountId = {});

    // The sandbox account for a running sandbox: one profile per API family.
    static Account *createSandboxAccount(const SandboxEndpoint &endpoint);
    // The sandbox's second Twilio account (a subaccount: its own numbers), with one Twilio
    // profile; null when the sandbox has none.
    static Account *createSandboxSubaccount(const SandboxEndpoint &endpoint);
    static inline const QString SandboxSubaccountId = QStringLiteral("sandbox-subaccount");
    // A real account for a configuration with its secret.
    static Account *createAccount(const AccountConfig &config);

    // The data folder a run with these options serves as the one Switchboard for it (see
    // SingleInstance): --data-dir or the platform's place, as the constructor picks it.
    // Empty for --screenshot, which never hands over nor takes over (it must write its file,
    // and without --data-dir it uses a scratch folder).
    static QString singleInstanceFolder(const CommandLineOptions &options);
    // A later start for the same data folder handed over its options: shows and raises the
    // window as far as the platform allows, and acts on every option passed on (--section
    // shows that section; --account shows that account; if the account is not there yet,
    // it is shown when it arrives).
    void handleForwardedOptions(const CommandLineOptions &options);

signals:
    // The run is over (only with --screenshot): exit with this code; the message says
    // what happened (for stdout when 0, stderr otherwise).
    void exitRequested(int exitCode, const QString &message);

private:
    void startSandbox();
    void stopSandbox();
    void onSandboxStarted(const SandboxEndpoint &endpoint);
    void onSandboxFailed(const QString &message);
    void addAccount(Account *account);
    void removeAccount(const QString &id);
    void openDraftStore();
    void connectAccountManager();
    void askForSecrets();
    // --account NAME: the account with that name (or id), if it is listed.
    Account *findAccount(const QString &nameOrId) const;
    void checkAskedAccount();

    CommandLineOptions m_options;
    const KindRegistry *m_kinds;
    const SenderRegistry *m_senders;
    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_scratch; // --screenshot without --data-dir
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<NetworkLog> m_networkLog; // outlives the clients that record in it
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountManager> m_accounts;
    // Destroyed in reverse: the outboxes, then the window (panes, forms, clients), then the
    // draft store they wrote to, then the server they talked to.
    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;
    struct AccountOutbox
    {
        QString accountId;
        std::unique_ptr<Outbox> outbox;
    };
    std::vector<AccountOutbox> m_outboxes;
    QPointer<ScreenshotTaker> m_screenshot;
    QPointer<AccountsDialog> m_dialog;
    QStringList m_askedForSecret;  // accounts the dialog asked for a secret this session
    bool m_secretsPromptScheduled = false;
};
