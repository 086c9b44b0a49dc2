#include "apijob.h"

#include "accountprofile.h"
#include "requestpacer.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "switchboard.api", QtInfoMsg)

namespace {
// Qt's words for a failure, or "" where they say nothing: a reply without an error text of
// its own says QIODevice's "Unknown error", which no user can act on.
QString transportDetail(const QNetworkReply *reply)
{
    const QString text = reply->errorString().trimmed();
    return text == QBuffer().errorString() ? QString() : text;
}

// Logs carry scheme, host and path only: never credentials or query strings.
QString safeUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// A body that can be read once and never rewound. Qt's HTTP stack silently sends a request
// again when a connection closes before the answer; for a request that may not be repeated
// (a purchase, a create) it must not be able to, so QNAM reports ContentReSendError instead.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; } // the point of this class
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::copy_n(m_data.constData() + m_pos, n, data);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// "CN=api.example.com, O=Example Ltd": a certificate's subject (or issuer) as people read it.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    }
    if (parts.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return parts.join(u", "_s);
}
} // namespace

ApiJob::ApiJob(QNetworkAccessManager *manager, ApiFamily family, ApiRequest request,
               RetryPolicy policy, RequestPacer *pacer, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_family(family)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_pacer(pacer)
{
    static const bool registered = [] {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<ApiError>();
        return true;
    }();
    Q_UNUSED(registered)

    // The last gate before the wire: whoever built the request, credentials never travel
    // in clear to another machine.
    const QString insecure = checkBaseUrl(m_request.request.url());
    if (!insecure.isEmpty()) {
        ApiResult result;
        result.error = ApiError::transport(ApiError::Kind::InsecureUrl, insecure);
        // finished() is always asynchronous, so callers can connect after construction.
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    // The server asked the account to wait: this request waits too, never goes early.
    if (m_request.paced && m_pacer && m_pacer->holds())
        sendWhenReady(0);
    else
        send();
}

ApiJob::ApiJob(ApiRequest request, const ApiError &error, QObject *parent)
    : QObject(parent)
    , m_manager(nullptr)
    , m_family(ApiFamily::Properties)
    , m_request(std::move(request))
{
    ApiResult result;
    result.error = error;
    QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

ApiJob::~ApiJob()
{
    if (m_waitTicket && m_pacer)
        m_pacer->cancel(m_waitTicket);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_waitTicket && m_pacer)
        m_pacer->cancel(m_waitTicket);
    m_waitTicket = 0;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    ApiResult result;
    result.error = ApiError::transport(ApiError::Kind::Cancelled, tr("Cancelled."));
    finish(result);
}

void ApiJob::send()
{
    ++m_attempts;
    QNetworkRequest request = m_request.request;
    // Credentials stay on their origin: never follow a redirect to another one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    if (request.transferTimeout() <= 0)
        request.setTransferTimeout(30000);

    qCDebug(lcApi).noquote() << m_request.verb << safeUrl(request.url()) << "attempt"
                             << m_attempts;
    QNetworkReply *reply = nullptr;
    if (m_request.idempotent || m_request.body.isEmpty()) {
        reply = m_manager->sendCustomRequest(request, m_request.verb, m_request.body);
    } else {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        auto *body = new OneShotBody(m_request.body);
        reply = m_manager->sendCustomRequest(request, m_request.verb, body);
        body->setParent(reply);
    }
    reply->setParent(this);
    m_reply = reply;
    m_sslErrors.clear();
    // Kept to say which certificate failed and why; never ignored.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

QString ApiJob::describeTlsFailure(const QString &detail) const
{
    // "the certificate of CN=api.example.com, O=Example: The certificate has expired"
    QStringList lines;
    for (const QSslError &error : m_sslErrors) {
        const QSslCertificate certificate = error.certificate();
        if (certificate.isNull()) {
            lines << error.errorString();
            continue;
        }
        lines << tr("certificate “%1” (issued by “%2”): %3")
                     .arg(distinguishedName(certificate, false),
                          distinguishedName(certificate, true), error.errorString());
    }
    lines.removeDuplicates();
    return lines.isEmpty() ? detail : lines.join(u"; "_s);
}

ApiResult ApiJob::resultFromReply(QNetworkReply *reply) const
{
    ApiResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    if (reply->isOpen())
        result.body = reply->readAll();

    if (result.httpStatus == 0) {
        // Nothing (complete) came back: a transport failure.
        const QString detail = transportDetail(reply);
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            result.error = ApiError::transport(ApiError::Kind::Refused, detail);
            break;
        case QNetworkReply::HostNotFoundError:
            result.error = ApiError::transport(ApiError::Kind::HostNotFound, detail);
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
            result.error = ApiError::transport(
                ApiError::Kind::Timeout,
                tr("no answer for %1 seconds").arg(m_request.request.transferTimeout() / 1000.0));
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: // closed after sending a one-shot body
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            result.error = ApiError::transport(ApiError::Kind::Dropped, detail);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.error = ApiError::transport(ApiError::Kind::Tls, describeTlsFailure(detail));
            break;
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            result.error = ApiError::transport(ApiError::Kind::Network, detail);
            break;
        default:
            result.error = ApiError::transport(ApiError::Kind::Network, detail);
            break;
        }
        return result;
    }

    if (result.httpStatus >= 300 && result.httpStatus < 400) {
        result.error = ApiError::transport(
            ApiError::Kind::Network,
            tr("The server redirected to another address; Switchboard only follows redirects "
               "that stay on the same server."));
        return result;
    }

    if (result.httpStatus >= 400) {
        result.error = ApiError::fromHttpBody(m_family, result.httpStatus, result.body);
        const RetryAfter stated = RequestPacer::parseRetryAfter(
            reply->rawHeader("Retry-After"), reply->rawHeader("Date"),
            m_pacer && m_pacer->clock() ? m_pacer->clock()->utcNow()
                                        : QDateTime::currentDateTimeUtc());
        if (stated.isUsable()) {
            result.error.setRetryAfterSeconds(
                int(std::min<qint64>((stated.delayMs + 999) / 1000, INT_MAX)));
        }
        result.json = QJsonDocument::fromJson(result.body);
        return result;
    }

    if (!result.body.isEmpty() && !m_request.rawBody) {
        QJsonParseError parseError;
        result.json = QJsonDocument::fromJson(result.body, &parseError);
        if (result.json.isNull()) {
            result.error = ApiError::transport(
                ApiError::Kind::Malformed,
                tr("invalid JSON at byte %1 (%2)")
                    .arg(parseError.offset)
                    .arg(parseError.errorString()));
        }
    }
    return result;
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_finished)
        return;

    const ApiResult result = resultFromReply(reply);
    // Before anyone hears of it, so that whoever reacts to this answer sees the new pace.
    const RequestPacer::Hold hold =
        m_pacer ? m_pacer->noteAnswer(result.httpStatus, reply->rawHeader("Retry-After"),
                                      reply->rawHeader("Date"))
                : RequestPacer::Hold::None;
    if (!result.ok()) {
        qCInfo(lcApi).noquote() << m_request.verb << safeUrl(reply->url()) << "failed:"
                                << result.httpStatus << result.error.code()
                                << "attempt" << m_attempts;
        // Longer than the cap: the caller hands it to the user instead of waiting silently.
        if (hold != RequestPacer::Hold::TooLong && result.error.mayRepeat(m_request.idempotent)
            && scheduleRetry(result.error)) {
            return;
        }
    }
    finish(result);
}

bool ApiJob::scheduleRetry(const ApiError &error)
{
    if (m_attempts >= m_policy.maxAttempts || !m_pacer)
        return false;
    // The backoff, or the server's stated time if that is later (the pacer adds it).
    const int backoff = RequestPacer::backoffMs(m_policy, m_attempts);
    const qint64 held = m_pacer->holds() ? m_pacer->remainingMs() : 0;
    emit retrying(m_attempts, int(std::max<qint64>(backoff, held)), error);
    sendWhenReady(backoff);
    return true;
}

void ApiJob::sendWhenReady(qint64 delayMs)
{
    m_waitTicket = m_pacer->whenReady(delayMs, this, [this] {
        m_waitTicket = 0;
        if (!m_finished)
            send();
    });
}

void ApiJob::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}
