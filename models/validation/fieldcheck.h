#pragma once

#include <QString>

// Verdicts shared by the client's forms and the sandbox server. QtCore only:
// ui/ maps a Verdict onto QValidator::State, the sandbox maps it onto an error code.
namespace Validation {

enum class Verdict {
    Ok,         // acceptable as it is
    Incomplete, // not yet acceptable, but typing more could make it so (empty, "example.")
    Wrong,      // no amount of typing at the end fixes it
};

struct FieldCheck
{
    Verdict verdict = Verdict::Ok;
    QString reason; // translated, user-facing; empty when verdict is Ok

    bool isOk() const { return verdict == Verdict::Ok; }
    static FieldCheck ok() { return {}; }
    static FieldCheck incomplete(const QString &why) { return {Verdict::Incomplete, why}; }
    static FieldCheck wrong(const QString &why) { return {Verdict::Wrong, why}; }
};

} // namespace Validation
