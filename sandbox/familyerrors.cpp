#include "familyerrors.h"

#include "sandboxlog.h"
#include "validation/textrules.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace FamilyErrors {

HttpReply properties(int status, const QString &code, const QString &message,
                     const QString &parameter)
{
    QJsonObject error{{u"Code"_s, code}, {u"Message"_s, message}};
    if (!parameter.isEmpty())
        error.insert(u"Parameter"_s, parameter);
    return HttpReply::json({{u"Error"_s, error}}, status);
}

HttpReply broadcast(int status, const QList<BroadcastFieldError> &errors)
{
    QJsonArray list;
    for (const BroadcastFieldError &e : errors) {
        list.append(QJsonObject{
            {u"field"_s, e.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.field)},
            {u"code"_s, e.code},
            {u"message"_s, e.message}});
    }
    return HttpReply::json({{u"errors"_s, list}}, status);
}

HttpReply twilio(int status, int code, const QString &message)
{
    return HttpReply::json({{u"code"_s, code},
                            {u"message"_s, message},
                            {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
                            {u"status"_s, status}},
                           status);
}

HttpReply reply(Family family, Kind kind, const QString &message)
{
    struct Codes
    {
        int status;
        const char16_t *properties;
        const char16_t *broadcast;
        int twilio;
        const char16_t *generic;
    };
    static constexpr Codes table[] = {
        {401, u"UNAUTHORIZED", u"unauthorized", 20003, u"unauthorized"},
        {404, u"NOT_FOUND", u"not_found", 20404, u"not_found"},
        {405, u"METHOD_NOT_ALLOWED", u"method_not_allowed", 20004, u"method_not_allowed"},
        {429, u"TOO_MANY_REQUESTS", u"rate_limited", 20429, u"too_many_requests"},
        {500, u"INTERNAL_ERROR", u"internal_error", 20500, u"internal_error"},
        {400, u"BAD_REQUEST", u"bad_request", 20400, u"bad_request"},
        {408, u"REQUEST_TIMEOUT", u"request_timeout", 20408, u"request_timeout"},
        {411, u"LENGTH_REQUIRED", u"length_required", 20411, u"length_required"},
        {413, u"PAYLOAD_TOO_LARGE", u"payload_too_large", 20413, u"payload_too_large"},
        {414, u"URI_TOO_LONG", u"uri_too_long", 20414, u"uri_too_long"},
        {431, u"HEADERS_TOO_LARGE", u"headers_too_large", 20431, u"headers_too_large"},
        {503, u"SERVICE_UNAVAILABLE", u"service_unavailable", 20503, u"service_unavailable"},
    };
    static_assert(std::size(table) == size_t(Kind::ServiceUnavailable) + 1);
    const Codes &c = table[int(kind)];
    HttpReply result;
    switch (family) {
    case Family::Properties:
        result = properties(c.status, QString::fromUtf16(c.properties), message);
        break;
    case Family::Broadcast:
        result = broadcast(c.status, {{{}, QString::fromUtf16(c.broadcast), message}});
        break;
    case Family::Twilio:
    case Family::SignalWire:
        result = twilio(c.status, c.twilio, message);
        break;
    case Family::None:
        result = HttpReply::json({{u"error"_s, QString::fromUtf16(c.generic)},
                                  {u"message"_s, message},
                                  {u"status"_s, c.status}},
                                 c.status);
        break;
    }
    if (kind == Kind::TooManyRequests)
        result.headers.emplaceBack("Retry-After", "1");
    return result;
}

std::optional<HttpReply> checkText(Family family, const QString &field, QStringView value)
{
    // In English whatever the app's language: a server answers as a server does.
    return refuseField(family, field,
                       Validation::checkText(value, field, Validation::ReasonLanguage::English));
}

std::optional<HttpReply> refuseField(Family family, const QString &field,
                                     const Validation::FieldCheck &check)
{
    if (check.isOk())
        return std::nullopt;
    switch (family) {
    case Family::Properties:
        return properties(400, u"INVALID_PARAMETER"_s, check.reason, field);
    case Family::Broadcast:
        return broadcast(422, {{field, u"invalid"_s, check.reason}});
    case Family::Twilio:
    case Family::SignalWire:
        return twilio(400, 20002, check.reason);
    case Family::None:
        break;
    }
    return HttpReply::json({{u"error"_s, u"invalid_parameter"_s},
                            {u"message"_s, check.reason},
                            {u"status"_s, 400}},
                           400);
}

std::optional<HttpReply> checkFormFields(Family family, const QString &encoded)
{
    const QList<QStringView> items = QStringView(encoded).split(u'&', Qt::SkipEmptyParts);
    for (QStringView item : items) {
        const qsizetype eq = item.indexOf(u'=');
        const auto decode = [](QStringView part) {
            QByteArray bytes = part.toLatin1();
            bytes.replace('+', ' '); // HTML form encoding
            return QByteArray::fromPercentEncoding(bytes);
        };
        const QByteArray name = decode(eq < 0 ? item : item.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : decode(item.mid(eq + 1));
        // The client's text, escaped and cut short, names the field.
        const QString field = Validation::isValidUtf8(name)
                                  ? SandboxLog::shown(QString::fromUtf8(name), 64)
                                  : u"a parameter name"_s;
        for (const QByteArray &bytes : {name, value}) {
            if (auto refused = refuseField(family, field,
                                           Validation::checkUtf8Text(
                                               bytes, field, Validation::ReasonLanguage::English))) {
                return refused;
            }
        }
    }
    return std::nullopt;
}

Family familyForPath(const QString &path)
{
    if (path == u"/v2" || path.startsWith(u"/v2/"))
        return Family::Properties;
    if (path == u"/v1" || path.startsWith(u"/v1/"))
        return Family::Broadcast;
    if (path == u"/api/laml" || path.startsWith(u"/api/laml/"))
        return Family::SignalWire;
    if (path == u"/2010-04-01" || path.startsWith(u"/2010-04-01/")) {
        // A project id is a UUID, a Twilio account SID starts with "AC": they never collide.
        const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() >= 3 && parts.at(1) == u"Accounts"
            && !QUuid::fromString(parts.at(2)).isNull()) {
            return Family::SignalWire;
        }
        return Family::Twilio;
    }
    return Family::None;
}

} // namespace FamilyErrors
