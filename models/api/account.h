#pragma once

#include "accountclient.h"
#include "accountprofile.h"

#include <QList>
#include <QObject>
#include <QString>

class NetworkLog;
class QTimer;

// An account as the user sees it: one named connection ("Sandbox (demo data)") holding
// one AccountClient per API family it has. It sums its clients' connection states into
// one, probing them at start and again, with a growing delay, while any is offline. (Which
// sections it shows follows from its families: KindRegistry::sectionsFor().)
//
//     auto *account = new Account(u"sandbox"_s, tr("Sandbox (demo data)"));
//     account->addProfile(propertiesProfile);      // one client per family
//     account->startMonitoring();                  // probe now, retry while offline
//     connect(account, &Account::connectionStateChanged, ...);
class Account final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Account)

public:
    using ConnectionState = AccountClient::ConnectionState;

    explicit Account(const QString &id, const QString &displayName, QObject *parent = nullptr);
    ~Account() override;

    QString id() const { return m_id; }
    QString displayName() const { return m_displayName; }
    // One line for the sidebar's tooltip, e.g. "Local sandbox at http://127.0.0.1:41234".
    QString description() const { return m_description; }
    void setDescription(const QString &description);
    // True for the embedded sandbox (its own icon in the sidebar).
    bool isSandbox() const { return m_sandbox; }
    void setSandbox(bool sandbox) { m_sandbox = sandbox; }
    // A real provider account: what costs money or changes a real number there is marked
    // as live wherever it can be done.
    bool isLive() const { return !m_sandbox; }
    void setDisplayName(const QString &name);

    // Every request of its clients is recorded there (not owned; may be null).
    void setNetworkLog(NetworkLog *log);
    // New credentials (or CA file, or name) for the family's client, same profile id;
    // false when the account has no client of that family or the id differs.
    bool updateProfile(const AccountProfile &profile);

    // Creates the family's client (owned by the account); replaces none: one per family.
    AccountClient *addProfile(const AccountProfile &profile);
    AccountClient *client(ApiFamily family) const;
    QList<AccountClient *> clients() const { return m_clients; }
    QList<ApiFamily> families() const;
    // The client with this profile id (AccountProfile::id, as drafts record it), or nullptr.
    AccountClient *clientForProfile(const QString &profileId) const;

    // The clients' states summed up: AuthFailed if any is, else Offline if any is, else
    // Connecting while any has no answer yet, else Online.
    ConnectionState connectionState() const;
    // Why the account is offline or refused, one line per family concerned; empty if online.
    QString connectionProblem() const;
    // The first offline or refused family's reason alone, for the status bar.
    QString shortProblem() const;
    // Translated one-word state ("Online", "Connecting…", ...).
    static QString stateText(ConnectionState state);

    // Probes every client now, then again while any is offline (5 s, doubling to 60 s).
    void startMonitoring();
    // Probes every client that is not online now.
    void probe();
    // The delay before the next probe of an offline account (for tests).
    int retryDelayMs() const { return m_retryDelayMs; }

signals:
    void connectionStateChanged(Account::ConnectionState state);
    // The name or description changed.
    void changed();

private:
    void onClientStateChanged();
    void scheduleRetry();

    QString m_id;
    QString m_displayName;
    QString m_description;
    bool m_sandbox = false;
    QList<AccountClient *> m_clients;
    NetworkLog *m_log = nullptr;
    QTimer *m_retryTimer;
    int m_retryDelayMs;
    bool m_monitoring = false;
    ConnectionState m_state = ConnectionState::Unknown;
};
