#pragma once

#include "fieldcheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The rules of the broadcast family's project create (../shared/api/README.md, "Broadcast
// projects", and broadcast-project-create.txt), applied by the New broadcast project form while
// the user types, by the outbox before it sends, and by the sandbox on every POST /v1/projects
// (in English). The whole request is checked from its JSON body, so the form, the outbox and the
// server agree on absent versus present fields and on every combination:
//
//     const QJsonObject body = draft.toRequestBody();
//     const auto errors = checkBroadcastProject(body, lookup);        // the form, the outbox
//     const auto errors = checkBroadcastProject(body, lookup, ReasonLanguage::English); // sandbox
//
// The lookup answers from the caller's reference data: the sandbox from its database, scoped to
// the caller's organisation; the app from the account's (possibly cached) reference lists.
namespace Validation {

inline constexpr int BroadcastNameMaxLength = 64;
inline constexpr int BroadcastMinNumbers = 1;
inline constexpr int BroadcastMaxNumbers = 49;
inline constexpr int BroadcastUrlMaxLength = 2048;

enum class BroadcastChannel { TenDlc, TollFree };
enum class BroadcastMessageType { Sms, Mms };

// Wire spellings: "10dlc" / "toll-free", "sms" / "mms".
QString broadcastChannelWire(BroadcastChannel channel);
std::optional<BroadcastChannel> broadcastChannelFromWire(QStringView wire);
QString broadcastMessageTypeWire(BroadcastMessageType type);
std::optional<BroadcastMessageType> broadcastMessageTypeFromWire(QStringView wire);

// The `code` of a 422 field error.
namespace BroadcastErrorCode {
inline constexpr char16_t Required[] = u"required";       // missing, null or blank
inline constexpr char16_t Invalid[] = u"invalid";         // wrong type, enum, shape or URL
inline constexpr char16_t TooLong[] = u"too_long";        // name over 64, URL over 2048
inline constexpr char16_t TooFew[] = u"too_few";          // phone_number_ids empty
inline constexpr char16_t TooMany[] = u"too_many";        // more than 49 numbers
inline constexpr char16_t Duplicate[] = u"duplicate";     // the same number id twice
inline constexpr char16_t NotFound[] = u"not_found";      // an id the organisation doesn't have
inline constexpr char16_t NotAllowed[] = u"not_allowed";  // present where the channel forbids it
inline constexpr char16_t Mismatch[] = u"mismatch";       // campaign of another brand, number of
                                                          // the wrong type or verification
inline constexpr char16_t Conflict[] = u"conflict";       // phone_number_id with phone_number_ids
} // namespace BroadcastErrorCode

struct BroadcastFieldError
{
    QString field;   // the body's key: "name", "phone_number_ids", "campaign_id"...
    QString code;    // one of BroadcastErrorCode
    QString message; // a sentence, in the ReasonLanguage asked for
};

// A sending number of the organisation, as GET /v1/phone_numbers lists it.
struct BroadcastNumberRef
{
    QString id;
    QString phoneNumber;            // E.164
    bool tollFree = false;          // type "toll-free" (else "local")
    QString tollFreeVerificationId; // the verification a toll-free number belongs to, or empty
};

// What the rules need to know about the organisation's reference data.
class BroadcastLookup
{
public:
    virtual ~BroadcastLookup() = default;
    virtual std::optional<BroadcastNumberRef> number(const QString &id) const = 0;
    virtual bool hasBrand(const QString &brandId) const = 0;
    // The brand a campaign belongs to; nullopt for a campaign the organisation doesn't have.
    virtual std::optional<QString> campaignBrand(const QString &campaignId) const = 0;
    virtual bool hasTollFreeVerification(const QString &verificationId) const = 0;
    virtual bool hasLinkTrackingDomain(const QString &domainId) const = 0;
    // A contact custom field's name ("phone" is always allowed and never asked).
    virtual bool hasContactField(const QString &name) const = 0;
};

// Single fields, for inline checks while typing.
FieldCheck checkBroadcastName(QStringView name, ReasonLanguage language = ReasonLanguage::User);
// Required when link tracking is on: an absolute http or https URL with a host, at most 2048.
FieldCheck checkLinkTrackingUrl(QStringView url, ReasonLanguage language = ReasonLanguage::User);

// Every rule of the create call at once, in this order of fields: name, type, message_type,
// channel, phone_number_ids / phone_number_id, brand_id, campaign_id, toll_free_verification_id,
// link_tracking_enabled, link_tracking_destination_url, link_tracking_domain_id,
// link_tracking_param_field. Unknown keys are ignored. A wrong JSON type is `invalid`. Each
// field gets at most one error, except phone_number_ids, which gets one per offending number
// (message naming the number) plus one for the count.
QList<BroadcastFieldError> checkBroadcastProject(const QJsonObject &body,
                                                 const BroadcastLookup &lookup,
                                                 ReasonLanguage language = ReasonLanguage::User);

// The body with the contract's defaults filled in (type broadcast, message_type sms, channel
// 10dlc, link_tracking_enabled false) and a deprecated phone_number_id turned into a one-element
// phone_number_ids. Only meaningful for a body checkBroadcastProject() accepted.
QJsonObject normalizedBroadcastProject(const QJsonObject &body);

} // namespace Validation
