#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct IncomingNumber;
struct NumberRow;
class StringPool;

// The configuration checks of a number, computed once per row when it arrives and kept as
// a bit mask (NumberRow::problems). This file is the one place the rules live; the README
// lists them.
class NumberChecks
{
    Q_DECLARE_TR_FUNCTIONS(NumberChecks)

public:
    enum Problem : quint32 {
    NoVoiceHandling = 1u << 0,       // a voice number with no URL, application or trunk
    PlainHttpWebhook = 1u << 1,      // a webhook (voice, SMS, fallback, status) over plain http
    FallbackSameAsPrimary = 1u << 2, // a fallback URL equal to the URL it backs up
    CallbackWithoutMethod = 1u << 3, // a status callback URL with no method
    NoEmergencyAddress = 1u << 4,    // Twilio: a voice number with no emergency address
    DefaultFriendlyName = 1u << 5,   // the friendly name is still the number itself
    NoMessagingHandler = 1u << 6,    // an SMS number with no URL or application for messages
};
    static constexpr int ProblemCount = 7;

    // Every problem, in the order the table's icons and the filter list them.
    static QList<Problem> all();
    static quint32 check(const NumberRow &row, const StringPool &pool, ApiFamily family);
    // The same for one number as the form shows it.
    static quint32 check(const IncomingNumber &number, ApiFamily family);
    // One line each: "No voice handling: calls to this number are not answered."
    static QString describe(Problem problem);
    static QString title(Problem problem); // short, for a filter or a chart: "No voice handling"
    static QStringList describeAll(quint32 problems);
    // A bundled icon name for the problem column.
    static QString iconName(Problem problem);
};
