#pragma once

#include "httpexchange.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

class SandboxDatabase;
struct NumberRecord;

// One number that can be bought (an AvailablePhoneNumbers record), as stored.
struct InventoryNumber
{
    qint64 seq = 0;                      // 0 for a test value, which is not stored
    Family family = Family::Twilio;
    QString phoneNumber;                 // E.164
    QString type = QStringLiteral("local"); // local, mobile, toll-free
    QString isoCountry = QStringLiteral("US");
    int areaCode = 0;
    // Location; empty / nullopt where the number has none (toll-free, test values).
    QString locality, region, postalCode, rateCenter, lata;
    std::optional<double> latitude, longitude;
    QString addressRequirements = QStringLiteral("none"); // none, any, local, foreign
    bool beta = false;
    bool capVoice = true, capSms = true, capMms = true, capFax = false;
};

// What an AvailablePhoneNumbers search asks for; every filter is optional.
struct InventorySearch
{
    QString isoCountry = QStringLiteral("US");
    QString type = QStringLiteral("local");
    std::optional<int> areaCode;
    QString contains;                    // digits and '*' (letters already mapped); a
                                         // leading '+' anchors it at the number's start
    std::optional<bool> sms, mms, voice, fax;
    bool excludeAllAddressRequired = false;     // requirement any, local or foreign
    bool excludeLocalAddressRequired = false;   // requirement local
    bool excludeForeignAddressRequired = false; // requirement foreign
    bool includeBeta = true;
    QString region, postalCode, locality, rateCenter, lata; // case-insensitive equality
    std::optional<double> nearLatitude, nearLongitude;
    int distanceMiles = 25;
    int limit = 30;
};

// A block of numbers outside North America, in the inventory and the demo data alike.
// Twilio answers these with no rate center, LATA, postal code or coordinates, and a friendly
// name that is the number itself.
struct ForeignBlock
{
    const char16_t *country;   // ISO 3166: GB, DE, AU
    const char16_t *type;      // local or mobile
    const char16_t *pattern;   // E.164, '#' a random digit: u"+44207#######"
    const char16_t *locality;  // nullptr for mobile numbers
    const char16_t *region;    // nullptr where Twilio gives none
    // As Twilio's regulatory rules for the country and type: GB local numbers need an address
    // anywhere, German and Australian local ones one in the country (local), mobiles none (GB)
    // or any (DE, AU).
    const char16_t *addressRequirements;
    bool sms, mms;
    int stock;                 // numbers of it in each family's inventory
};

// How a purchase (IncomingPhoneNumbers create) resolves against the inventory: the number
// to buy, or Twilio's error.
struct PurchaseOutcome
{
    std::optional<InventoryNumber> number;
    int status = 400;
    int code = 0;
    QString message;
};

// The numbers each family can buy, per country, type and area code: plausible US and
// Canadian area codes (locality, region, postal code, rate center, LATA, coordinates),
// local, mobile and toll-free numbers, some requiring an address; and local and mobile
// numbers of the United Kingdom, Germany and Australia (ForeignBlock). Seeded once per data
// folder (with or without demo data), never containing a number someone owns.
//
// A number is available while it is in its family's inventory and no account (of either
// family) owns it: buying takes it out, releasing puts it back (a released number that
// was never in the inventory, such as a demo number, is added to it).
//
// The test values of ../shared/api/README.md win over the inventory, for both families:
// PhoneNumber +15005550006 can be bought whenever the account does not own it,
// +15005550000 is never available (21422), +15005550001 is invalid (21421); AreaCode 500
// never runs out (+15005550006, then +1500555xxxx), 533 never has numbers (21452).
//
//     NumberInventory inventory(database);
//     const QList<InventoryNumber> found = inventory.search(Family::Twilio, search);
//     const PurchaseOutcome outcome = inventory.resolvePurchase(Family::Twilio, {}, phone, {}, {}, true);
class NumberInventory
{
public:
    static constexpr int MaxSearchResults = 30; // as Twilio: no next page
    static constexpr int MaxDistanceMiles = 500;

    explicit NumberInventory(SandboxDatabase &database);

    // Fills the inventory of both families once per data folder (a meta marker says it is
    // done, so buying everything never refills it). Skips numbers someone owns.
    static bool seed(SandboxDatabase &database, QString *error);

    // Available numbers matching `search`, in inventory order, at most search.limit.
    QList<InventoryNumber> search(Family family, const InventorySearch &search) const;

    // The number to buy for a create request by `account` (NumberRecord::account: "" for the
    // family's main account, else a Twilio subaccount's SID): `phoneNumber` (E.164, already
    // validated) or,
    // when it is empty, the first available number in `areaCode`. `type` ("local",
    // "mobile", "toll-free") limits it to that type (the typed create paths); empty takes
    // any. Numbers that need an address are taken only when `hasAddress`.
    PurchaseOutcome resolvePurchase(Family family, const QString &account,
                                    const QString &phoneNumber,
                                    const QString &areaCode, const QString &type,
                                    bool hasAddress) const;

    // A released number goes back to its family's inventory.
    bool returnNumber(const NumberRecord &released, QString *error);

    // The coordinates of a number: its inventory entry's, else its area code's centre.
    std::optional<std::pair<double, double>> locationOf(const QString &e164) const;

    // "(415) 555-0100" for a +1 number, the number as it is otherwise.
    static QString formatted(const QString &e164);
    // The ISO country of a number: of a +1 number by its area code ("US" or "CA"), GB, DE or
    // AU by the country code, "US" otherwise.
    static QString countryOf(const QString &e164);

    static const QList<ForeignBlock> &foreignBlocks();
    // A number of `block`, drawn from `rng` (it may be taken already).
    static QString foreignNumber(const ForeignBlock &block, QRandomGenerator &rng);
    // The block a number belongs to, or nullptr.
    static const ForeignBlock *foreignBlockOf(const QString &e164);

private:
    bool ownedByAccount(Family family, const QString &account, const QString &e164) const;
    std::optional<InventoryNumber> availableEntry(Family family, const QString &e164) const;
    QString nextAreaCode500(Family family, const QString &account) const;

    SandboxDatabase &m_database;
};
