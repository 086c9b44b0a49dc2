#pragma once

#include "numberinventory.h"
#include "router.h"

class SandboxDatabase;

// Twilio's and SignalWire's AvailablePhoneNumbers (twilio_api_v2010_numbers.json), searching
// NumberInventory. Under the same {prefix}es as NumbersApi:
//   GET AvailablePhoneNumbers.json                       the countries: US and CA
//   GET AvailablePhoneNumbers/{CountryCode}.json         one country; any other is 404 20404
//   GET AvailablePhoneNumbers/{CountryCode}/Local.json   search local numbers; Mobile.json and
//                                                        TollFree.json the other types
// Search filters: AreaCode (21451 if not a NANP area code), Contains (digits, letters as on a
// phone keypad, '*' for any one digit, an optional leading '+' anchoring it at the start;
// 2 to 16 characters, else 20001), SmsEnabled, MmsEnabled, VoiceEnabled, FaxEnabled,
// ExcludeAllAddressRequired, ExcludeLocalAddressRequired, ExcludeForeignAddressRequired,
// Beta (true/false, else 20001), InRegion, InPostalCode, InLocality, InRateCenter, InLata
// (case-insensitive equality), NearNumber (E.164, else 21421) or NearLatLong ("lat,long",
// else 20001) within Distance miles (0..500, default 25, else 20001). PageSize 1..1000
// (else 20007) but at most 30 results and never a next page, as Twilio; Page > 0 is an
// empty page; a PageToken is never issued, so any is 21481.
class AvailableNumbersApi
{
public:
    explicit AvailableNumbersApi(SandboxDatabase &database);

    void addRoutes(Router &router);

private:
    HttpReply countries(const HttpCall &call);
    HttpReply country(const HttpCall &call);
    HttpReply search(const HttpCall &call, const QString &type);

    NumberInventory m_inventory;
};
