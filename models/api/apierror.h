#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

class QByteArray;
class QNetworkReply;

enum class ApiFamily { Properties, Broadcast, Twilio, SignalWire };

// One field-level complaint; the broadcast family's 422 lists several at once.
struct FieldError
{
    QString field;   // wire name, e.g. "TimeZone", "brand_id"
    QString code;    // provider code, e.g. "required", "PARAMETER_REQUIRED"
    QString message; // provider text
    friend bool operator==(const FieldError &a, const FieldError &b)
    {
        return a.field == b.field && a.code == b.code && a.message == b.message;
    }
};

// Errors are values: every family's error body and every transport failure decode into
// this one type, so forms and tables present them the same way.
class ApiError
{
public:
    enum class Kind {
        None,         // no error
        Http,         // the server answered with an error status (see httpStatus/code)
        Refused,      // connection refused: the request never arrived
        HostNotFound, // the server's name does not resolve: the request never left
        Timeout,      // transfer timeout: no progress for too long
        Dropped,      // connection closed before a full answer: outcome unknown
        Tls,          // TLS handshake or certificate failure
        Malformed,    // a success status with a body that is not what the contract says
        Cancelled,    // cancelled by the caller
        InsecureUrl,  // plain http to a non-loopback host, refused before sending
        Network,      // any other transport failure
    };

    ApiError() = default;
    static ApiError http(int status, const QString &code, const QString &message,
                         const QString &field = {});
    static ApiError transport(Kind kind, const QString &message);

    // Decodes a family's error body (status >= 400). Never fails: an undecodable body
    // still yields Kind::Http with the status and a generic message.
    static ApiError fromHttpBody(ApiFamily family, int status, const QByteArray &body);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }   // 0 for transport errors
    QString code() const { return m_code; }           // "PARAMETER_REQUIRED", "21452", "required"
    QString message() const { return m_message; }     // human text
    QString field() const { return m_field; }         // the first field concerned, if any
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    void setFieldErrors(const QList<FieldError> &errors);
    int retryAfterSeconds() const { return m_retryAfter; } // from Retry-After, -1 if none
    void setRetryAfterSeconds(int seconds) { m_retryAfter = seconds; }

    // What a failure says about the request: decided here, once, for the jobs' retries,
    // the outbox and the connection state.
    //
    // The server certainly did not act on it (never reached it, or refused it before
    // acting: 429, 401, 403), so sending it again creates nothing twice.
    bool provesNotActedOn() const;
    // It may have reached the server and been acted on (connection lost, no answer in
    // time, a 5xx, a success we cannot read): a create must be reconciled, never resent.
    bool outcomeUnknown() const;
    // Waiting (or fixing the account's settings) may change the answer; anything else is
    // the server's final word on this request.
    bool isTransient() const;
    // Whether ApiJob repeats the request on its own: anything proven not acted on that
    // may pass (429, refused), and for requests that are safe to repeat, the unknowns too.
    bool mayRepeat(bool idempotent) const;
    // The server cannot be reached (for the connection state).
    bool meansUnreachable() const;
    // The server refused the credentials.
    bool meansAuthFailed() const
    {
        return m_kind == Kind::Http && (m_httpStatus == 401 || m_httpStatus == 403);
    }

    // One sentence for a banner or status bar: "Server error 400 (PARAMETER_REQUIRED):
    // TimeZone is required" / "The server did not answer within 30 s."
    QString displayText() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    QString m_code;
    QString m_message;
    QString m_field;
    QList<FieldError> m_fieldErrors;
};

Q_DECLARE_METATYPE(ApiError)
