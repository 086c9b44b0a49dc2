#include "connectiontest.h"

#include "api/accountclient.h"
#include "api/apijob.h"

using namespace Qt::StringLiterals;

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::cancel()
{
    if (AccountClient *client = m_client) {
        m_client = nullptr;
        delete client; // aborts its probe; finished() of an abandoned test is never emitted
    }
}

void ConnectionTest::start(const AccountProfile &profile, int timeoutMs)
{
    cancel();
    auto *client = new AccountClient(profile, this);
    client->setTransferTimeout(timeoutMs);
    RetryPolicy once;
    once.maxAttempts = 1; // the user is waiting for a verdict, not for a retry
    client->setRetryPolicy(once);
    client->setNetworkLog(m_log);
    m_client = client;
    ApiJob *job = client->probe();
    connect(job, &ApiJob::finished, this, [this, client](const ApiResult &result) {
        if (m_client != client)
            return;
        const Outcome outcome = outcomeOf(result);
        const QString message = describe(outcome, result, client->profile());
        m_client = nullptr;
        client->deleteLater();
        emit finished(outcome, message);
    });
}

ConnectionTest::Outcome ConnectionTest::outcomeOf(const ApiResult &result)
{
    const ApiError &e = result.error;
    switch (e.kind()) {
    case ApiError::Kind::None:
        return Outcome::Works;
    case ApiError::Kind::Http:
        return e.meansAuthFailed() ? Outcome::WrongCredentials : Outcome::Unexpected;
    case ApiError::Kind::HostNotFound:
        return Outcome::HostNotFound;
    case ApiError::Kind::Refused:
    case ApiError::Kind::Dropped:
    case ApiError::Kind::Network:
    case ApiError::Kind::Cancelled:
        return Outcome::Unreachable;
    case ApiError::Kind::Timeout:
        return Outcome::Timeout;
    case ApiError::Kind::Tls:
        return Outcome::Tls;
    case ApiError::Kind::InsecureUrl:
        return Outcome::Insecure;
    case ApiError::Kind::Malformed:
        return Outcome::Unexpected;
    }
    return Outcome::Unexpected;
}

QString ConnectionTest::describe(Outcome outcome, const ApiResult &result,
                                 const AccountProfile &profile)
{
    const QUrl url = profile.baseUrl;
    const QString host = url.host();
    const QString server = url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
    const ApiError &e = result.error;
    switch (outcome) {
    case Outcome::Works:
        return tr("It works: %1 accepted the credentials.").arg(server);
    case Outcome::WrongCredentials:
        switch (profile.family) {
        case ApiFamily::Twilio:
            return profile.user.startsWith(u"SK"_s)
                       ? tr("Wrong credentials: %1 refused the API key SID and secret for this "
                            "account SID (HTTP %2).").arg(server).arg(e.httpStatus())
                       : tr("Wrong credentials: %1 refused the account SID and auth token "
                            "(HTTP %2).").arg(server).arg(e.httpStatus());
        case ApiFamily::SignalWire:
            return tr("Wrong credentials: %1 refused the project ID and API token (HTTP %2).")
                .arg(server).arg(e.httpStatus());
        case ApiFamily::Properties:
            return tr("Wrong credentials: %1 refused the account SID and auth token (HTTP %2).")
                .arg(server).arg(e.httpStatus());
        case ApiFamily::Broadcast:
            return tr("Wrong credentials: %1 refused the API key (HTTP %2).")
                .arg(server).arg(e.httpStatus());
        }
        break;
    case Outcome::HostNotFound:
        return tr("Host not found: “%1” does not resolve. Check the address and your network "
                  "(or VPN).").arg(host);
    case Outcome::Unreachable:
        return tr("Cannot connect to %1: %2").arg(server, e.message());
    case Outcome::Tls:
        return tr("TLS problem with %1: %2. Switchboard does not ignore certificate errors; "
                  "if your network inspects TLS, add its CA certificate file to the account.")
            .arg(server, e.message());
    case Outcome::Timeout:
        return tr("Timeout: %1 did not answer (%2).").arg(server, e.message());
    case Outcome::Insecure:
        return e.message();
    case Outcome::Unexpected:
        return tr("%1 answered, but not as a %2 server does: %3")
            .arg(server, familyName(profile.family), e.displayText());
    }
    return e.displayText();
}
