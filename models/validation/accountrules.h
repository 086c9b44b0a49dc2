#pragma once

#include "fieldcheck.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// The rules for an account's sign-in fields, as the accounts dialog checks them while the
// user types (../shared/api/README.md and the providers' own formats). QtCore only.
//
//     FieldCheck c = Validation::checkTwilioAccountSid(u"AC12");   // Incomplete, "too short"
//     FieldCheck u = Validation::checkApiBaseUrl(u"http://api.example.com"); // Wrong: https
namespace Validation {

inline constexpr int AccountNameMaxLength = 64;
inline constexpr int SecretMaxLength = 512;

// 1 to 64 characters, no control characters, unique among `others` (case-insensitive).
FieldCheck checkAccountName(QStringView name, const QStringList &others = {},
                            ReasonLanguage language = ReasonLanguage::User);

// Twilio: "AC" + 32 hex digits.
FieldCheck checkTwilioAccountSid(QStringView sid, ReasonLanguage language = ReasonLanguage::User);
// Twilio API key: "SK" + 32 hex digits.
FieldCheck checkTwilioApiKeySid(QStringView sid, ReasonLanguage language = ReasonLanguage::User);
// Twilio auth token: 32 hex digits.
FieldCheck checkTwilioAuthToken(QStringView token, ReasonLanguage language = ReasonLanguage::User);
// Twilio API key secret: 32 letters and digits.
FieldCheck checkTwilioApiKeySecret(QStringView secret,
                                   ReasonLanguage language = ReasonLanguage::User);
// Optional; a Twilio region such as "us1", "ie1", "au1".
FieldCheck checkTwilioRegion(QStringView region, ReasonLanguage language = ReasonLanguage::User);
// Optional; a Twilio edge location such as "sydney", "dublin", "sao-paulo".
FieldCheck checkTwilioEdge(QStringView edge, ReasonLanguage language = ReasonLanguage::User);
// The regions and edges Twilio documents, for completers.
QStringList twilioRegions();
QStringList twilioEdges();

// SignalWire space: "example", "example.signalwire.com" or "https://example.signalwire.com".
FieldCheck checkSignalWireSpace(QStringView space, ReasonLanguage language = ReasonLanguage::User);
// The space's name alone ("example"), or "" when the text is not a space.
QString signalWireSpaceName(QStringView space);
// SignalWire project ID: a UUID (8-4-4-4-12 hex digits).
FieldCheck checkProjectId(QStringView id, ReasonLanguage language = ReasonLanguage::User);

// Properties: 32 upper-case letters and digits.
FieldCheck checkPropertiesAccountSid(QStringView sid,
                                     ReasonLanguage language = ReasonLanguage::User);

// A token, API key or secret whose format the provider does not document: required, no
// spaces, at most SecretMaxLength characters.
FieldCheck checkSecret(QStringView secret, ReasonLanguage language = ReasonLanguage::User);

// A server address: https, or plain http to this computer only (loopback); scheme, host
// and port only (no user, path, query or fragment).
FieldCheck checkApiBaseUrl(QStringView url, ReasonLanguage language = ReasonLanguage::User);
// "localhost", "*.localhost", 127.0.0.0/8 or ::1 (the host part of a URL, without brackets).
bool isLoopbackHost(QStringView host);

} // namespace Validation
