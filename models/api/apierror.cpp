#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "validation/numberrules.h"

using namespace Qt::StringLiterals;

namespace {
// Tr::tr() translates in the "ApiError" context. A class, so that lupdate files the texts
// under that context too: it cannot tell the context of a free tr() function.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

// Twilio's errors carry no field, but their messages name the parameter ("VoiceUrl is not
// valid: …"): the first create/update parameter named as a whole word is the field.
QString parameterNamedIn(const QString &message)
{
    qsizetype best = -1;
    QString field;
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        qsizetype at = 0;
        while ((at = message.indexOf(p.name, at)) >= 0) {
            const qsizetype end = at + p.name.size();
            const bool wordStart = at == 0 || !message.at(at - 1).isLetterOrNumber();
            const bool wordEnd = end == message.size() || !message.at(end).isLetterOrNumber();
            if (wordStart && wordEnd) {
                if (best < 0 || at < best) {
                    best = at;
                    field = p.name;
                }
                break;
            }
            at = end;
        }
    }
    return field;
}

QString jsonString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}
} // namespace

ApiError ApiError::http(int status, const QString &code, const QString &message,
                        const QString &field)
{
    ApiError e;
    e.m_kind = Kind::Http;
    e.m_httpStatus = status;
    e.m_code = code;
    e.m_message = message;
    e.m_field = field;
    if (!field.isEmpty())
        e.m_fieldErrors = {FieldError{field, code, message}};
    return e;
}

ApiError ApiError::transport(Kind kind, const QString &message)
{
    ApiError e;
    e.m_kind = kind;
    e.m_message = message;
    return e;
}

void ApiError::setFieldErrors(const QList<FieldError> &errors)
{
    m_fieldErrors = errors;
    if (m_field.isEmpty() && !errors.isEmpty())
        m_field = errors.first().field;
}

ApiError ApiError::fromHttpBody(ApiFamily family, int status, const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    switch (family) {
    case ApiFamily::Properties: {
        // {"Error": {"Code": "PARAMETER_REQUIRED", "Message": "...", "Parameter": "TimeZone"}}
        const QJsonObject error = root.value("Error"_L1).toObject();
        if (!error.isEmpty()) {
            return http(status, jsonString(error.value("Code"_L1)),
                        jsonString(error.value("Message"_L1)),
                        jsonString(error.value("Parameter"_L1)));
        }
        break;
    }
    case ApiFamily::Broadcast: {
        // {"errors": [{"field": "brand_id", "code": "required", "message": "..."}]}
        const QJsonArray errors = root.value("errors"_L1).toArray();
        if (!errors.isEmpty()) {
            QList<FieldError> fields;
            QStringList messages;
            for (const QJsonValue &v : errors) {
                const QJsonObject o = v.toObject();
                FieldError fe{jsonString(o.value("field"_L1)), jsonString(o.value("code"_L1)),
                              jsonString(o.value("message"_L1))};
                messages << (fe.field.isEmpty() ? fe.message : fe.field + u": "_s + fe.message);
                fields << fe;
            }
            ApiError e = http(status, fields.first().code, messages.join(u"; "_s));
            e.setFieldErrors(fields);
            return e;
        }
        break;
    }
    case ApiFamily::Twilio:
    case ApiFamily::SignalWire: {
        // {"code": 21452, "message": "...", "more_info": "...", "status": 400}
        if (root.contains("code"_L1) || root.contains("message"_L1)) {
            const QString message = jsonString(root.value("message"_L1));
            return http(status, jsonString(root.value("code"_L1)), message,
                        status == 400 ? parameterNamedIn(message) : QString());
        }
        break;
    }
    }
    // An error status whose body is not the family's shape: keep the status, say so plainly.
    return http(status, {}, Tr::tr("The server answered with status %1.").arg(status));
}

bool ApiError::provesNotActedOn() const
{
    switch (m_kind) {
    case Kind::Refused:
    case Kind::HostNotFound:
    case Kind::InsecureUrl:
    case Kind::Tls: // the handshake failed: no request was written
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || meansAuthFailed();
    default:
        return false;
    }
}

bool ApiError::outcomeUnknown() const
{
    switch (m_kind) {
    case Kind::Dropped:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Malformed:
        return true;
    case Kind::Http:
        return m_httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Refused:
    case Kind::HostNotFound: // a VPN or a network may come back
    case Kind::Timeout:
    case Kind::Dropped:
    case Kind::Tls:
    case Kind::Network:
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus >= 500 || meansAuthFailed();
    default:
        return false;
    }
}

bool ApiError::mayRepeat(bool idempotent) const
{
    switch (m_kind) {
    case Kind::Refused:
    case Kind::HostNotFound:
        return true;
    case Kind::Http:
        if (m_httpStatus == 429)
            return true;
        return idempotent
               && (m_httpStatus == 500 || m_httpStatus == 502 || m_httpStatus == 503
                   || m_httpStatus == 504);
    case Kind::Timeout:
    case Kind::Dropped:
        return idempotent;
    default:
        return false;
    }
}

bool ApiError::meansUnreachable() const
{
    switch (m_kind) {
    case Kind::Refused:
    case Kind::HostNotFound:
    case Kind::Timeout:
    case Kind::Dropped:
    case Kind::Tls:
    case Kind::Network:
    case Kind::InsecureUrl:
        return true;
    default:
        return false;
    }
}

QString ApiError::displayText() const
{
    // The transport's own words follow when it has some; never an empty ": ".
    const auto withDetail = [this](const QString &plain, const QString &detailed) {
        return m_message.isEmpty() ? plain : detailed.arg(m_message);
    };
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        if (m_code.isEmpty())
            return m_message;
        return Tr::tr("%1 (%2, HTTP %3)").arg(m_message, m_code).arg(m_httpStatus);
    case Kind::Refused:
        return withDetail(Tr::tr("Cannot reach the server."), Tr::tr("Cannot reach the server: %1"));
    case Kind::HostNotFound:
        return withDetail(Tr::tr("Server not found."), Tr::tr("Server not found: %1"));
    case Kind::Timeout:
        return withDetail(Tr::tr("The server stopped answering."),
                          Tr::tr("The server stopped answering: %1"));
    case Kind::Dropped:
        return withDetail(Tr::tr("The connection was lost before the server answered."),
                          Tr::tr("The connection was lost before the server answered: %1"));
    case Kind::Tls:
        return withDetail(Tr::tr("Secure connection failed."),
                          Tr::tr("Secure connection failed: %1"));
    case Kind::Malformed:
        return withDetail(Tr::tr("The server sent an answer Switchboard cannot read."),
                          Tr::tr("The server sent an answer Switchboard cannot read: %1"));
    case Kind::Cancelled:
        return Tr::tr("Cancelled.");
    case Kind::InsecureUrl:
    case Kind::Network:
        return m_message.isEmpty() ? Tr::tr("The request could not be sent over the network.")
                                   : m_message;
    }
    return m_message;
}
