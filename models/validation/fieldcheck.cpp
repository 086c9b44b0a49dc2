#include "fieldcheck.h"

#include <QCoreApplication>

namespace Validation {

QString reasonText(ReasonLanguage language, const char *text)
{
    return language == ReasonLanguage::English ? QString::fromUtf8(text)
                                               : QCoreApplication::translate("Validation", text);
}

} // namespace Validation
