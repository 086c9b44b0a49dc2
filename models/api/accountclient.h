#pragma once

#include "accountprofile.h"
#include "apijob.h"
#include "networklog.h"
#include "requestpacer.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;

// One client per account connection, with its own QNetworkAccessManager. It builds
// authenticated requests (Basic or X-API-Key), sets a transfer timeout on every one,
// keeps credentials on their origin across redirects, refuses plain http to anything but
// loopback, and tracks whether the account's server is reachable.
//
//     AccountClient client(profile);
//     ApiJob *job = client.postJson(u"/v2/Properties"_s, body);
//
// Jobs are children of the client: destroying the client aborts what is in flight.
class AccountClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountClient)

public:
    enum class ConnectionState { Unknown, Connecting, Online, Offline, AuthFailed };
    Q_ENUM(ConnectionState)

    explicit AccountClient(const AccountProfile &profile, QObject *parent = nullptr);
    ~AccountClient() override;

    const AccountProfile &profile() const { return m_profile; }
    ApiFamily family() const { return m_profile.family; }
    // New credentials, CA file or name for the same account (the profile id must not
    // change: drafts record it). Requests from now on use them; the state is probed again.
    void setProfile(const AccountProfile &profile);

    // Every request from now on is recorded there (not owned; may be null).
    void setNetworkLog(NetworkLog *log) { m_log = log; }
    NetworkLog *networkLog() const { return m_log; }
    // Why the account's extra CA file cannot be used; empty when it can or there is none.
    QString caProblem() const { return m_caProblem; }

    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    int transferTimeout() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    // The account's pace: when the server said the next request may go (Retry-After). Every
    // job of this client waits for it; the outbox and a countdown in the UI read it.
    RequestPacer *pacer() const { return m_pacer; }

    ApiJob *get(const QString &path, const QUrlQuery &query = {});
    // A GET whose success body stays bytes (ApiRequest::rawBody), for a reader off the GUI thread.
    ApiJob *getRaw(const QString &path, const QUrlQuery &query = {});
    ApiJob *postJson(const QString &path, const QJsonObject &body);
    ApiJob *postForm(const QString &path, const QUrlQuery &form);
    ApiJob *deleteResource(const QString &path);
    // For anything else: build with makeRequest(), adjust, then send.
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query = {}) const;
    ApiJob *send(ApiRequest request);

    ConnectionState connectionState() const { return m_state; }
    // Why the state is Offline or AuthFailed, for the status bar's tooltip.
    ApiError lastError() const { return m_lastError; }
    // A cheap authenticated GET that sets the connection state. It goes at once even while
    // the pacer holds the account's requests (its answer still sets the pace).
    //
    // The state follows every answer: any answer (even an error) means Online, refused
    // credentials AuthFailed, a server that cannot be reached (refused, not found, TLS)
    // Offline. A lost or late answer (dropped, timed out) is the outcome of that request
    // alone: it leaves the state as it is and sends a probe, whose own failure makes the
    // account Offline.
    ApiJob *probe();

signals:
    void connectionStateChanged(AccountClient::ConnectionState state);

private:
    ApiJob *sendRequest(ApiRequest request, bool isProbe);
    void noteResult(const ApiResult &result, bool fromProbe);
    void setState(ConnectionState state);
    void applyProfile();

    AccountProfile m_profile;
    QNetworkAccessManager *m_manager;
    RequestPacer *m_pacer;
    QPointer<NetworkLog> m_log;
    std::optional<QSslConfiguration> m_ssl; // with the extra CA certificates, if any
    QString m_caProblem;
    RetryPolicy m_policy;
    int m_timeoutMs = 30000;
    ConnectionState m_state = ConnectionState::Unknown;
    ApiError m_lastError;
    QPointer<ApiJob> m_probeJob; // the last probe, while it runs
};
