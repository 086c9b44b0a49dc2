#pragma once

#include "httpexchange.h"

#include <QString>

// Every family's error body, as ../shared/api/README.md gives it:
//   Properties  {"Error": {"Code": "PARAMETER_REQUIRED", "Message": "...", "Parameter": "TimeZone"}}
//   Broadcast   {"errors": [{"field": "brand_id", "code": "required", "message": "..."}]}
//   Twilio and SignalWire
//               {"code": 20003, "message": "...", "more_info": "https://www.twilio.com/docs/errors/20003",
//                "status": 401}
//   no family   {"error": "not_found", "message": "...", "status": 404}
namespace FamilyErrors {

// Errors every family can answer, each mapped onto the family's own code.
enum class Kind {
    Unauthorized,     // 401
    NotFound,         // 404
    MethodNotAllowed, // 405
    TooManyRequests,  // 429, with Retry-After: 1
    Internal,         // 500
};

HttpReply reply(Family family, Kind kind, const QString &message);

HttpReply properties(int status, const QString &code, const QString &message,
                     const QString &parameter = {});

struct BroadcastFieldError
{
    QString field; // empty: not about one field (sent as null)
    QString code;
    QString message;
};
HttpReply broadcast(int status, const QList<BroadcastFieldError> &errors);

HttpReply twilio(int status, int code, const QString &message);

// The family that owns a path by its prefix alone (before authentication):
// /v2/ Properties, /v1/ Broadcast, /api/laml/ SignalWire, /2010-04-01/ Twilio, or SignalWire
// when the account segment is a UUID.
Family familyForPath(const QString &path);

} // namespace FamilyErrors
