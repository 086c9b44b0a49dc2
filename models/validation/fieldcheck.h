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

// The language of a check's reason: the user's, through the installed translators (the
// forms), or English whatever those are (the sandbox, which answers as a server would).
enum class ReasonLanguage {
    User,
    English,
};

struct FieldCheck
{
    Verdict verdict = Verdict::Ok;
    QString reason; // user-facing, in the ReasonLanguage asked for; empty when verdict is Ok

    bool isOk() const { return verdict == Verdict::Ok; }
    static FieldCheck ok() { return {}; }
    static FieldCheck incomplete(const QString &why) { return {Verdict::Incomplete, why}; }
    static FieldCheck wrong(const QString &why) { return {Verdict::Wrong, why}; }
};

// A rule's reason in the language asked for. Mark `text` with
// QT_TRANSLATE_NOOP("Validation", ...) so that lupdate files it where the forms find it.
QString reasonText(ReasonLanguage language, const char *text);

} // namespace Validation
