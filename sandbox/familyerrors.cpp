#include "familyerrors.h"

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
    };
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
