#pragma once

#include <atomic>

#include <QString>

class SandboxDatabase;

// `--seed demo`: plausible demo data for an empty sandbox, the first screen a new user
// sees (and the README's pictures): ~300 Properties of small businesses across North
// America and a few other countries, `numbersPerAccount` incoming numbers for the Twilio
// and for the SignalWire account (real area codes, webhooks of the businesses' domains,
// with a realistic share of missing and plain-http webhooks and emergency addresses), up to
// SubaccountNumbers of them for the Twilio subaccount `twilioSubaccountSid` (if given), and
// the broadcast family's two organisations: the primary one with five brands (one without a
// campaign yet), eight campaigns, two toll-free verifications, four link tracking domains,
// six contact fields, 3,000 sending numbers (150 toll-free) and five projects; the other with
// one brand, one campaign, 20 numbers and one project. The content is the same on every run (fixed
// random seed); dates are relative to now. One transaction, prepared statements:
// 100,000 numbers per account take a few seconds.
namespace DemoSeed {

inline constexpr int PropertyCount = 300;
inline constexpr int SubaccountNumbers = 40;

// Fills `database`; the caller has checked that it holds no records.
bool run(SandboxDatabase &database, int numbersPerAccount, QString *error,
         const std::atomic_bool *cancel = nullptr, const QString &twilioSubaccountSid = {});

} // namespace DemoSeed
