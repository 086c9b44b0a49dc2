#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;
class RequestPacer;

// The outcome of one API call: the final HTTP status and body, or an error.
struct ApiResult
{
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json; // parsed body when it is JSON, null otherwise
    ApiError error;

    bool ok() const { return !error.isError(); }
};
Q_DECLARE_METATYPE(ApiResult)

// How a request may be repeated when it fails for a reason that may pass.
struct RetryPolicy
{
    int maxAttempts = 4;        // including the first
    int initialDelayMs = 250;   // doubled after every failure
    int maxDelayMs = 8000;
    // A server's Retry-After is the account's RequestPacer's to honour, with its own cap.
};

// What to send. Built by AccountClient::makeRequest(); kept so a retry can send it again.
struct ApiRequest
{
    QByteArray verb;   // "GET", "POST", "DELETE"
    QNetworkRequest request;
    QByteArray body;
    bool idempotent = true; // GET/DELETE: safe to repeat; POST create: never blindly
    // Waits while the account's pacer holds its requests. A probe does not: it asks whether
    // the server is there, which the user wants to know now (its retries wait like any).
    bool paced = true;
    // A success body is handed over as bytes, not parsed into ApiResult::json: a large page
    // is read by its owner off the GUI thread (errors are still decoded).
    bool rawBody = false;
};

// One owned object per API call (qBittorrent's DownloadHandler, Nextcloud's
// AbstractNetworkJob). Usage:
//
//     ApiJob *job = client->get(u"/v2/Properties"_s);
//     connect(job, &ApiJob::finished, this, [](const ApiResult &r) { ... });
//
// The job sends at once (or when the account's RequestPacer lets it: a server's stated wait
// holds every request of the account), retries idempotent requests with exponential backoff,
// and never repeats a non-idempotent request whose outcome is unknown. Every delay comes from
// the pacer, which also reads Retry-After (seconds or an HTTP date) on 429/503: a stated wait
// up to RequestPacer::MaxWaitMs is waited out, a longer one ends the job with the 429.
// finished() is emitted exactly once, asynchronously, after which the job deletes itself;
// the QNetworkReply is the job's child and dies with it.
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    // `pacer` is the account's (AccountClient::pacer()), not owned.
    ApiJob(QNetworkAccessManager *manager, ApiFamily family, ApiRequest request,
           RetryPolicy policy, RequestPacer *pacer, QObject *parent = nullptr);
    // A job that sends nothing and finishes (asynchronously, as always) with `error`: for a
    // request that must not leave, e.g. when the account's extra CA file cannot be read.
    ApiJob(ApiRequest request, const ApiError &error, QObject *parent = nullptr);
    ~ApiJob() override;

    // Idempotent; finished() still fires once, with Kind::Cancelled.
    void cancel();

    int attempts() const { return m_attempts; }
    const ApiRequest &request() const { return m_request; }

signals:
    void finished(const ApiResult &result);
    void retrying(int attempt, int delayMs, const ApiError &lastError);

private:
    void send();
    void sendWhenReady(qint64 delayMs);
    void onReplyFinished();
    void finish(const ApiResult &result);
    bool scheduleRetry(const ApiError &error);
    ApiResult resultFromReply(QNetworkReply *reply) const;
    QString describeTlsFailure(const QString &detail) const;

    QNetworkAccessManager *m_manager;
    ApiFamily m_family;
    ApiRequest m_request;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QPointer<RequestPacer> m_pacer;
    int m_waitTicket = 0; // the pacer's, while a send waits for it
    QList<QSslError> m_sslErrors; // of the last attempt, for a readable TLS failure
    int m_attempts = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

Q_DECLARE_LOGGING_CATEGORY(lcApi)
