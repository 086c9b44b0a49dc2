#include "sectionpanes.h"

#include "account.h"
#include "placeholderpane.h"

#include <QCoreApplication>

#if __has_include("properties/propertiespane.h")
#include "properties/propertiespane.h"
#define SWITCHBOARD_HAVE_PROPERTIES_PANE 1
#endif
#if __has_include("drafts/draftspane.h")
#include "drafts/draftspane.h"
#define SWITCHBOARD_HAVE_DRAFTS_PANE 1
#endif

namespace {
QString comingText(Section section)
{
    switch (section) {
    case Section::Properties:
        return QCoreApplication::translate(
            "SectionPanes", "Creating and browsing properties arrives in a coming version of "
                            "Switchboard.");
    case Section::Broadcast:
        return QCoreApplication::translate(
            "SectionPanes", "Broadcast projects arrive in a coming version of Switchboard. "
                            "You will set up bulk SMS and MMS sending across many numbers here.");
    case Section::TwilioNumbers:
    case Section::SignalWireNumbers:
        return QCoreApplication::translate(
            "SectionPanes", "Numbers arrive in a coming version of Switchboard. You will "
                            "review, buy and configure thousands of phone numbers here.");
    case Section::Drafts:
        return QCoreApplication::translate(
            "SectionPanes", "Drafts arrive in a coming version of Switchboard. Every form "
                            "you fill in will be kept here, even offline, until it is sent.");
    }
    return {};
}
} // namespace

bool isSectionAvailable(Section section)
{
    switch (section) {
    case Section::Properties:
#ifdef SWITCHBOARD_HAVE_PROPERTIES_PANE
        return true;
#else
        return false;
#endif
    case Section::Drafts:
#ifdef SWITCHBOARD_HAVE_DRAFTS_PANE
        return true;
#else
        return false;
#endif
    case Section::Broadcast:
    case Section::TwilioNumbers:
    case Section::SignalWireNumbers:
        break;
    }
    return false;
}

SectionPane *createSectionPane(Account *account, Section section, DraftStore *drafts,
                               QWidget *parent)
{
#ifdef SWITCHBOARD_HAVE_PROPERTIES_PANE
    if (section == Section::Properties && account) {
        if (AccountClient *client = account->clientFor(section))
            return new PropertiesPane(client, parent);
    }
#endif
#ifdef SWITCHBOARD_HAVE_DRAFTS_PANE
    if (section == Section::Drafts && drafts)
        return new DraftsPane(drafts, parent);
    if (section == Section::Drafts) {
        return new PlaceholderPane(
            sectionIcon(section), sectionTitle(section),
            QCoreApplication::translate("SectionPanes",
                                        "Drafts cannot be kept: the drafts database could not "
                                        "be opened. Forms still work, but what you type is not "
                                        "saved."),
            parent);
    }
#else
    Q_UNUSED(drafts)
#endif
    Q_UNUSED(account)
    return new PlaceholderPane(sectionIcon(section), sectionTitle(section), comingText(section),
                               parent);
}
