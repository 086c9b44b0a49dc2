#pragma once

#include "httpexchange.h"
#include "validation/fieldcheck.h"

#include <QString>
#include <QStringView>

#include <optional>

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
    // What the front door (frontdoor.h) answers before a request reaches a handler.
    BadRequest,           // 400
    RequestTimeout,       // 408
    LengthRequired,       // 411
    PayloadTooLarge,      // 413
    UriTooLong,           // 414
    HeaderFieldsTooLarge, // 431
    ServiceUnavailable,   // 503
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

// A text field (in a body or the query) that Validation::checkText() refuses: not valid
// Unicode, a control character, a bidirectional control. nullopt when `value` is fine;
// otherwise the family's validation error naming the field: Properties 400
// INVALID_PARAMETER with Parameter, Broadcast 422 [{"field", "code": "invalid"}], Twilio
// and SignalWire 400 with code 20002 (Twilio's "Invalid FriendlyName", for every field).
// Every handler that stores or matches client text calls it before anything else, e.g.
//     if (auto bad = FamilyErrors::checkText(call.family, u"FriendlyName"_s, name)) return *bad;
std::optional<HttpReply> checkText(Family family, const QString &field, QStringView value);
// checkText() for every name and value of an application/x-www-form-urlencoded text (a
// query string, a Twilio-style form body): percent-decoded, each must be valid UTF-8 (QUrlQuery
// would quietly make U+FFFD of it) and pass checkText(). The dispatcher applies it to every
// query and form body before any handler runs.
std::optional<HttpReply> checkFormFields(Family family, const QString &encoded);
// The same answer for any check of a field: nullopt when `check` is Ok.
std::optional<HttpReply> refuseField(Family family, const QString &field,
                                     const Validation::FieldCheck &check);

// The family that owns a path by its prefix alone (before authentication):
// /v2/ Properties, /v1/ Broadcast, /api/laml/ SignalWire, /2010-04-01/ Twilio, or SignalWire
// when the account segment is a UUID.
Family familyForPath(const QString &path);

} // namespace FamilyErrors
