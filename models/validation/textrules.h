#pragma once

#include "fieldcheck.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// What any text field may hold (a name, a friendly name, a domain...), for the forms while
// the user types and for the sandbox on every request, and how the app shows text that came
// from elsewhere (a server, an imported file) so that it cannot deceive.
//
//     if (const auto check = Validation::checkText(name, u"Name"_s, English); !check.isOk())
//         return refuse(check.reason);                  // "Name contains a control character (U+001B)."
//     label->setText(Validation::displayText(serverName)); // a table cell, a detail label
//     setWindowTitle(tr("%1 — %2").arg(Validation::isolatedText(name), account));
//
// Refused: text that is not valid Unicode (a lone UTF-16 surrogate such as \ud800, which
// cannot be stored and read back as sent), control characters (C0 such as NUL, ESC, CR and
// LF, DEL and C1), line and paragraph separators (U+2028, U+2029), and the bidirectional
// embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that can make text
// display in an order other than the one it is stored in. Bidirectional marks (LRM, RLM,
// ALM) are allowed: names in right-to-left scripts need them, and they cannot reach past
// the isolated text they are in.
namespace Validation {

enum class TextProblem {
    None,
    InvalidUnicode,   // a lone surrogate
    ControlCharacter, // C0, DEL, C1, U+2028, U+2029
    BidiControl,      // U+202A-U+202E, U+2066-U+2069
};

struct TextFinding
{
    TextProblem problem = TextProblem::None;
    qsizetype position = -1; // in UTF-16 code units
    char32_t codePoint = 0;  // the offending one (a lone surrogate's own value)
};

// The first problem in `text`, if any.
TextFinding findTextProblem(QStringView text);
// Ok, or Wrong with a reason naming `field` and the code point, e.g.
// "FriendlyName contains a control character (U+001B)."
FieldCheck checkText(QStringView text, const QString &field,
                     ReasonLanguage language = ReasonLanguage::User);
// Strict UTF-8: no overlong forms, no encoded surrogates, nothing past U+10FFFF, no
// truncated sequence.
bool isValidUtf8(QByteArrayView bytes);
// checkText() for bytes that should be UTF-8 (a query parameter, a form field): Wrong with
// "<field> is not valid UTF-8." when they are not, else checkText() of the decoded text.
FieldCheck checkUtf8Text(QByteArrayView bytes, const QString &field,
                         ReasonLanguage language = ReasonLanguage::User);

// For showing text from a server or a file on its own (a table cell, a detail label): C0
// controls and DEL as their visible Control Pictures (␀ ␛ ␍ ␊ ␡), and C1 controls, line and
// paragraph separators, bidirectional embeddings, overrides and isolates and lone
// surrogates as U+FFFD (�). Valid text is returned unchanged.
QString displayText(QStringView text);
// displayText() line by line, keeping the line feeds: for a message that quotes foreign text
// in lines of its own.
QString displayLines(QStringView text);
// displayText() for text placed inside other text (a window title, a sentence): wrapped in
// FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE when it holds any right-to-left letter
// or Arabic digit, so that whatever its direction it cannot reorder what is around it
// (left-to-right text needs no wrapping and is returned as displayText() gives it).
QString isolatedText(QStringView text);

} // namespace Validation
