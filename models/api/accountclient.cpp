#include "accountclient.h"

#include "networklog.h"
#include "validation/accountrules.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

AccountClient::AccountClient(const AccountProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_manager(new QNetworkAccessManager(this))
    , m_pacer(new RequestPacer(this))
{
    // Credentials are added as headers by makeRequest(); never let QNAM cache or reuse
    // them through its own authentication machinery.
    m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_manager->setAutoDeleteReplies(false);
    applyProfile();
}

void AccountClient::setProfile(const AccountProfile &profile)
{
    m_profile = profile;
    applyProfile();
    m_lastError = {};
    setState(ConnectionState::Unknown);
    probe();
}

void AccountClient::applyProfile()
{
    // The system proxy (QNetworkProxyFactory::setUseSystemConfiguration) serves the world;
    // a server on this computer (the sandbox) is reached directly, whatever http_proxy says.
    if (Validation::isLoopbackHost(m_profile.baseUrl.host()))
        m_manager->setProxy(QNetworkProxy::NoProxy);
    else
        m_manager->setProxy(QNetworkProxy::DefaultProxy);

    m_ssl.reset();
    m_caProblem.clear();
    if (m_profile.caFile.isEmpty())
        return;
    QFile file(m_profile.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_caProblem = tr("The extra CA certificate file %1 cannot be read: %2")
                          .arg(m_profile.caFile, file.errorString());
        return;
    }
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        m_caProblem = tr("The extra CA certificate file %1 holds no certificate (PEM or DER).")
                          .arg(m_profile.caFile);
        return;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(certificates);
    m_ssl = ssl;
}

AccountClient::~AccountClient()
{
    // Jobs abort their replies as they die, which needs the manager still alive; children
    // would otherwise be deleted in creation order, manager first.
    qDeleteAll(findChildren<ApiJob *>(Qt::FindDirectChildrenOnly));
}

QNetworkRequest AccountClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_profile.baseUrl;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Switchboard/" SWITCHBOARD_VERSION));
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    if (m_profile.family == ApiFamily::Broadcast) {
        request.setRawHeader("X-API-Key", m_profile.secret.toUtf8());
    } else {
        const QByteArray pair = m_profile.user.toUtf8() + ':' + m_profile.secret.toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    return request;
}

ApiJob *AccountClient::send(ApiRequest request)
{
    return sendRequest(std::move(request), false);
}

ApiJob *AccountClient::sendRequest(ApiRequest request, bool isProbe)
{
    const quint64 serial = m_log ? m_log->recordStarted(m_profile, request) : 0;
    // An unreadable CA file never means trusting less, or more: nothing is sent.
    auto *job = m_caProblem.isEmpty()
                    ? new ApiJob(m_manager, m_profile.family, std::move(request), m_policy,
                                 m_pacer, this)
                    : new ApiJob(std::move(request),
                                 ApiError::transport(ApiError::Kind::Tls, m_caProblem), this);
    if (NetworkLog *log = m_log) {
        connect(job, &ApiJob::retrying, log, [log, serial] { log->recordRetry(serial); });
        connect(job, &ApiJob::finished, log,
                [log, serial, secret = m_profile.secret](const ApiResult &result) {
                    log->recordFinished(serial, result, {secret});
                });
    }
    connect(job, &ApiJob::finished, this, [this, job, isProbe](const ApiResult &result) {
        if (isProbe && m_probeJob == job)
            m_probeJob.clear(); // it deletes itself later; a new lost answer may probe again
        noteResult(result, isProbe);
    });
    return job;
}

ApiJob *AccountClient::get(const QString &path, const QUrlQuery &query)
{
    return send({"GET", makeRequest(path, query), {}, true});
}

ApiJob *AccountClient::getRaw(const QString &path, const QUrlQuery &query)
{
    ApiRequest request{"GET", makeRequest(path, query), {}, true};
    request.rawBody = true;
    return send(request);
}

ApiJob *AccountClient::postJson(const QString &path, const QJsonObject &body)
{
    QNetworkRequest request = makeRequest(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return send({"POST", request, QJsonDocument(body).toJson(QJsonDocument::Compact), false});
}

ApiJob *AccountClient::postForm(const QString &path, const QUrlQuery &form)
{
    QNetworkRequest request = makeRequest(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    // application/x-www-form-urlencoded: a literal '+' (as in +14155550100) must be %2B,
    // or the server reads it as a space. QUrlQuery leaves '+' alone, so encode each part.
    QByteArray body;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return send({"POST", request, body, false});
}

ApiJob *AccountClient::deleteResource(const QString &path)
{
    return send({"DELETE", makeRequest(path), {}, true});
}

ApiJob *AccountClient::probe()
{
    QString path;
    QUrlQuery query;
    switch (m_profile.family) {
    case ApiFamily::Properties:
        path = u"/v2/Properties"_s;
        query.addQueryItem(u"Results_Count"_s, u"1"_s);
        break;
    case ApiFamily::Broadcast:
        path = u"/v1/phone_numbers"_s;
        break;
    case ApiFamily::Twilio:
        path = u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(m_profile.pathAccount());
        query.addQueryItem(u"PageSize"_s, u"1"_s);
        break;
    case ApiFamily::SignalWire:
        path = u"/api/laml/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(
            m_profile.pathAccount());
        query.addQueryItem(u"PageSize"_s, u"1"_s);
        break;
    }
    if (m_state != ConnectionState::Online)
        setState(ConnectionState::Connecting);
    ApiRequest request{"GET", makeRequest(path, query), {}, true};
    request.paced = false;
    ApiJob *job = sendRequest(std::move(request), true);
    m_probeJob = job;
    return job;
}

void AccountClient::noteResult(const ApiResult &result, bool fromProbe)
{
    // Every answer says something about reachability; a cancelled job says nothing.
    const ApiError &error = result.error;
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    const bool lostAnswer = error.kind() == ApiError::Kind::Dropped
                            || error.kind() == ApiError::Kind::Timeout;
    if (lostAnswer && !fromProbe) {
        // One answer lost or late is that request's own outcome (its caller reconciles or
        // says so), not the account's: the server answered a moment ago and may answer the
        // next one. Only a probe that cannot reach it either makes the account offline.
        m_lastError = error;
        if (!m_probeJob)
            probe();
        return;
    }
    // The error first: whoever hears of the new state asks at once why (the status bar).
    if (error.meansAuthFailed()) {
        m_lastError = error;
        setState(ConnectionState::AuthFailed);
    } else if (error.meansUnreachable()) {
        m_lastError = error;
        setState(ConnectionState::Offline);
    } else {
        // An answer, even an error or a body we cannot read: the server is there.
        if (error.isError())
            m_lastError = error;
        setState(ConnectionState::Online);
    }
}

void AccountClient::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit connectionStateChanged(state);
}
