#pragma once

#include "api/accountprofile.h"
#include "api/apierror.h"
#include "api/accountclient.h"
#include "api/networklog.h"

#include <QObject>
#include <QPointer>

struct ApiResult;

// "Test connection": one cheap authenticated read (AccountClient::probe) with a client of
// its own, no retries, and the outcome in plain words.
//
//     auto *test = new ConnectionTest(this);
//     connect(test, &ConnectionTest::finished, this, [](ConnectionTest::Outcome o, const QString &text) {...});
//     test->start(config.profile());
//
// Starting again (or destroying the test) abandons the one in flight; finished() is
// emitted once per start() that is not abandoned.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    enum class Outcome {
        Works,            // the credentials were accepted
        WrongCredentials, // 401 / 403
        HostNotFound,     // the name does not resolve
        Unreachable,      // connection refused, or lost
        Tls,              // certificate or handshake problem
        Timeout,          // no answer in time
        Insecure,         // plain http to another computer: refused before sending
        Unexpected,       // an answer, but not what the family's server sends
    };
    Q_ENUM(Outcome)

    static constexpr int DefaultTimeoutMs = 15000;

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Requests are recorded there too (not owned; may be null).
    void setNetworkLog(NetworkLog *log) { m_log = log; }

    void start(const AccountProfile &profile, int timeoutMs = DefaultTimeoutMs);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

    // The sentence finished() carries, for a result of a probe with this profile.
    static Outcome outcomeOf(const ApiResult &result);
    static QString describe(Outcome outcome, const ApiResult &result, const AccountProfile &profile);

signals:
    void finished(ConnectionTest::Outcome outcome, const QString &message);

private:
    QPointer<AccountClient> m_client;
    QPointer<NetworkLog> m_log;
};
