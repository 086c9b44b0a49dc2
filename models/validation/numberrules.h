#pragma once

#include "fieldcheck.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

// The rules of the Twilio and SignalWire IncomingPhoneNumbers create (purchase) and update
// parameters (twilio_api_v2010_numbers.json, the two create documents), applied by the
// purchase and number forms while the user types and by the sandbox on every request (in
// English). One table describes every parameter: its wire name, kind of value, form group and
// which family and operation takes it; the forms are built from it and the sandbox checks by it.
//
//     const NumberParameter *p = numberParameter(u"VoiceUrl");
//     FieldCheck c = checkNumberValue(*p, text, NumberFamily::Twilio);
//     const auto errors = checkNumberRequest(params, NumberFamily::Twilio, NumberOperation::Create,
//                                            ReasonLanguage::English);   // the sandbox
namespace Validation {

enum class NumberFamily { Twilio, SignalWire };
enum class NumberOperation { Create, Update };

inline constexpr int FriendlyNameMaxLength = 64;
inline constexpr int CallbackUrlMaxLength = 4000;

// What a parameter's value is.
enum class NumberValue {
    Text,        // FriendlyName: up to FriendlyNameMaxLength characters
    Url,         // an absolute http or https URL; empty clears it
    Method,      // GET or POST (any case; sent upper-case)
    Sid,         // Twilio: sidPrefix + 32 hex digits; SignalWire: a UUID; empty clears it
    Boolean,     // true or false (any case)
    Choice,      // one of choices (any case; sent as written in choices)
    PhoneNumber, // E.164, "+14155550100"
    AreaCode,    // three-digit NANP area code, "415"
};

// Where the forms show a parameter.
enum class NumberGroup { Number, Voice, Messaging, Emergency, Regulatory, Advanced };

// Twilio's error codes for a parameter that breaks its rule.
inline constexpr int TwilioInvalidParameter = 20001;
inline constexpr int TwilioInvalidPhoneNumber = 21421;
inline constexpr int TwilioInvalidAreaCode = 21451;
inline constexpr int TwilioInvalidUrl = 21502;

struct NumberParameter
{
    QString name;               // wire name, "VoiceUrl"
    NumberValue value = NumberValue::Text;
    NumberGroup group = NumberGroup::Advanced;
    QString sidPrefix;          // Sid on Twilio: "AP", "TK"...
    QStringList choices;        // Choice: the allowed values, canonical spelling
    bool onCreate = true;       // a create (purchase) parameter
    bool onUpdate = true;       // an update parameter
    bool twilio = true;         // Twilio takes it
    bool signalWire = true;     // SignalWire takes it

    bool appliesTo(NumberFamily family, NumberOperation operation) const
    {
        return (family == NumberFamily::Twilio ? twilio : signalWire)
               && (operation == NumberOperation::Create ? onCreate : onUpdate);
    }
};

// Every create and update parameter of both families, in the forms' order.
const QList<NumberParameter> &numberParameters();
// The parameter with this wire name (case-sensitive, as the APIs are), or nullptr.
const NumberParameter *numberParameter(QStringView name);

// E.164: '+', a country code and the subscriber number, 8 to 15 digits in all; +1 numbers
// have exactly 11. "+1415" is Incomplete.
FieldCheck checkE164(QStringView number, ReasonLanguage language = ReasonLanguage::User);
// A three-digit NANP area code, first digit 2 to 9.
FieldCheck checkAreaCode(QStringView areaCode, ReasonLanguage language = ReasonLanguage::User);
// prefix + 32 hexadecimal digits, "AP0123…".
FieldCheck checkTwilioSid(QStringView sid, QStringView prefix,
                          ReasonLanguage language = ReasonLanguage::User);
// An RFC 4122 UUID in its 8-4-4-4-12 form.
FieldCheck checkUuid(QStringView uuid, ReasonLanguage language = ReasonLanguage::User);
// An absolute http or https URL with a host; empty is Ok (it clears the URL).
FieldCheck checkCallbackUrl(QStringView url, ReasonLanguage language = ReasonLanguage::User);
// True for an acceptable URL that is plain http: worth a warning, never an error.
bool isPlainHttpUrl(QStringView url);
FieldCheck checkFriendlyName(QStringView name, ReasonLanguage language = ReasonLanguage::User);

// One value checked by its parameter's kind and the family's SID shape. An empty value is
// Ok for every optional kind (it clears the field); PhoneNumber and AreaCode are checked
// as they are (whether one is required is checkNumberRequest()'s business).
FieldCheck checkNumberValue(const NumberParameter &parameter, QStringView value,
                            NumberFamily family, ReasonLanguage language = ReasonLanguage::User);
// The canonical spelling of an acceptable value: "post" -> "POST", "TRUE" -> "true",
// "active" -> "Active"; other values as they are.
QString normalizedNumberValue(const NumberParameter &parameter, const QString &value);

struct NumberParameterError
{
    QString parameter; // wire name; empty when about the request as a whole
    int twilioCode = TwilioInvalidParameter;
    QString message;
};

// A whole request as the server checks it: every parameter the family and operation take
// (others are ignored, as the providers do), AreaCode or PhoneNumber on create, and a voice
// application and a trunk not both set at once (setting one clears the other). Every problem
// at once, in parameter order.
QList<NumberParameterError> checkNumberRequest(const QList<QPair<QString, QString>> &parameters,
                                               NumberFamily family, NumberOperation operation,
                                               ReasonLanguage language = ReasonLanguage::User);

} // namespace Validation
