<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>%1 stay(s) disconnected until you enter the secret again.</source>
        <translation>
            <numerusform>%1 stays disconnected until you enter the secret again.</numerusform>
            <numerusform>%1 stay disconnected until you enter the secret again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllNumbersPane</name>
    <message numerus="yes">
        <source>%1 matching of %n number(s)</source>
        <translation>
            <numerusform>%1 matching of %n number</numerusform>
            <numerusform>%1 matching of %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastForm</name>
    <message numerus="yes">
        <source>The project&apos;s name, up to %n character(s) (required).</source>
        <translation>
            <numerusform>The project&apos;s name, up to %n character (required).</numerusform>
            <numerusform>The project&apos;s name, up to %n characters (required).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastPane</name>
    <message numerus="yes">
        <source>Showing %1 of %n project(s); sorting covers the loaded rows.</source>
        <translation>
            <numerusform>Showing %1 of %n project; sorting covers the loaded rows.</numerusform>
            <numerusform>Showing %1 of %n projects; sorting covers the loaded rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending number(s):</source>
        <translation>
            <numerusform>%n sending number:</numerusform>
            <numerusform>%n sending numbers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastSender</name>
    <message numerus="yes">
        <source>%1 · %n number(s) · %2</source>
        <translation>
            <numerusform>%1 · %n number · %2</numerusform>
            <numerusform>%1 · %n numbers · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message numerus="yes">
        <source>Switchboard cannot tell whether this was created: the server has %n record(s) that may be it. Choose one if it is, or send it.</source>
        <translation>
            <numerusform>Switchboard cannot tell whether this was created: the server has %n record that may be it. Choose it if it is, or send it.</numerusform>
            <numerusform>Switchboard cannot tell whether this was created: the server has %n records that may be it. Choose one if it is, or send it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsPane</name>
    <message numerus="yes">
        <source>%n drafts cannot be opened: this version of Switchboard has no form for their kind yet.</source>
        <translation>
            <numerusform>%n draft cannot be opened: this version of Switchboard has no form for its kind yet.</numerusform>
            <numerusform>%n drafts cannot be opened: this version of Switchboard has no form for their kind yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts cannot be opened now: they are in the outbox or already sent, or their account is not available.</source>
        <translation>
            <numerusform>%n draft cannot be opened now: it is in the outbox or already sent, or its account is not available.</numerusform>
            <numerusform>%n drafts cannot be opened now: they are in the outbox or already sent, or their account is not available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts deleted.</source>
        <translation>
            <numerusform>%n draft deleted.</numerusform>
            <numerusform>%n drafts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the outbox were kept.</source>
        <translation>
            <numerusform>%n draft in the outbox was kept.</numerusform>
            <numerusform>%n drafts in the outbox were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts are incomplete and stay drafts; open them to see what is missing.</source>
        <translation>
            <numerusform>%n draft is incomplete and stays a draft; open it to see what is missing.</numerusform>
            <numerusform>%n drafts are incomplete and stay drafts; open them to see what is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts will be sent as soon as the server can be reached.</source>
        <translation>
            <numerusform>%n draft will be sent as soon as the server can be reached.</numerusform>
            <numerusform>%n drafts will be sent as soon as the server can be reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts exported to %1.</source>
        <translation>
            <numerusform>%n draft exported to %1.</numerusform>
            <numerusform>%n drafts exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts imported.</source>
        <translation>
            <numerusform>%n draft imported.</numerusform>
            <numerusform>%n drafts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting to send</source>
        <translation>
            <numerusform>, %n waiting to send</numerusform>
            <numerusform>, %n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the disk is full — free space or export the unsaved drafts (%n draft(s))</source>
        <translation>
            <numerusform>Not saved: the disk is full — free space or export the unsaved drafts (%n draft)</numerusform>
            <numerusform>Not saved: the disk is full — free space or export the unsaved drafts (%n drafts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 — export the unsaved drafts to keep them (%n draft(s))</source>
        <translation>
            <numerusform>Not saved: %1 — export the unsaved drafts to keep them (%n draft)</numerusform>
            <numerusform>Not saved: %1 — export the unsaved drafts to keep them (%n drafts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) exported to %1.</source>
        <translation>
            <numerusform>%n unsaved draft exported to %1.</numerusform>
            <numerusform>%n unsaved drafts exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) belong to an account that was removed or now signs in elsewhere. Select them to move them to another account (Move to…) or to export them.</source>
        <translation>
            <numerusform>%n draft belongs to an account that was removed or now signs in elsewhere. Select it to move it to another account (Move to…) or to export it.</numerusform>
            <numerusform>%n drafts belong to an account that was removed or now signs in elsewhere. Select them to move them to another account (Move to…) or to export them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts moved to “%1”.</source>
        <translation>
            <numerusform>%n draft moved to “%1”.</numerusform>
            <numerusform>%n drafts moved to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) cannot be sent from their account any more: move them to another account first (Move to…), or export them.</source>
        <translation>
            <numerusform>%n draft cannot be sent from its account any more: move it to another account first (Move to…), or export it.</numerusform>
            <numerusform>%n drafts cannot be sent from their account any more: move them to another account first (Move to…), or export them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new to import: every draft of this file is here already (%n).</source>
        <translation>
            <numerusform>Nothing new to import: every draft of this file is here already (%n).</numerusform>
            <numerusform>Nothing new to import: every draft of this file is here already (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n draft(s) already here.</source>
        <translation>
            <numerusform>Skipped %n draft already here.</numerusform>
            <numerusform>Skipped %n drafts already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n draft(s) could not be saved: %1.</source>
        <translation>
            <numerusform>%n draft could not be saved: %1.</numerusform>
            <numerusform>%n drafts could not be saved: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDock</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberPicker</name>
    <message numerus="yes">
        <source>Let go of the %n chosen number(s)</source>
        <translation>
            <numerusform>Let go of the %n chosen number</numerusform>
            <numerusform>Let go of the %n chosen numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 numbers chosen</source>
        <translation>
            <numerusform>%n of %1 numbers chosen</numerusform>
            <numerusform>%n of %1 numbers chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n not found</source>
        <translation>
            <numerusform>%1, %n not found</numerusform>
            <numerusform>%1, %n not found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberSelectionFilterModel</name>
    <message numerus="yes">
        <source>%n number(s) match; a project takes at most %1</source>
        <translation>
            <numerusform>%n number matches; a project takes at most %1</numerusform>
            <numerusform>%n numbers match; a project takes at most %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more number(s) match, with %1 chosen already; a project takes at most %2</source>
        <translation>
            <numerusform>%n more number matches, with %1 chosen already; a project takes at most %2</numerusform>
            <numerusform>%n more numbers match, with %1 chosen already; a project takes at most %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose the %n number(s) shown that this project can use</source>
        <translation>
            <numerusform>Choose the %n number shown that this project can use</numerusform>
            <numerusform>Choose the %n numbers shown that this project can use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberSelectionModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n number(s): %1</source>
        <translation>
            <numerusform>Dropped %n number: %1</numerusform>
            <numerusform>Dropped %n numbers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumbersPane</name>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching number(s)</source>
        <translation>
            <numerusform>%n matching number</numerusform>
            <numerusform>%n matching numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n number loaded, more as you scroll</numerusform>
            <numerusform>%n numbers loaded, more as you scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <source>The server has %n record(s) that may be this draft; choose whether one of them is it.</source>
        <translation>
            <numerusform>The server has %n record that may be this draft; choose whether it is.</numerusform>
            <numerusform>The server has %n records that may be this draft; choose whether one of them is it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesPane</name>
    <message numerus="yes">
        <source>%1 matching · %2 of %n properties loaded</source>
        <translation>
            <numerusform>%1 matching · %2 of %n property loaded</numerusform>
            <numerusform>%1 matching · %2 of %n properties loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n property</numerusform>
            <numerusform>%n properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n properties</source>
        <translation>
            <numerusform>Showing %1 of %n property</numerusform>
            <numerusform>Showing %1 of %n properties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseDraft</name>
    <message numerus="yes">
        <source>Buy %n numbers</source>
        <translation>
            <numerusform>Buy %n number</numerusform>
            <numerusform>Buy %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n number(s) bought.</source>
        <translation>
            <numerusform>%1 of %n number bought.</numerusform>
            <numerusform>%1 of %n numbers bought.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be bought: see the cart for why and what to do.</source>
        <translation>
            <numerusform>%n could not be bought: see the cart for why and what to do.</numerusform>
            <numerusform>%n could not be bought: see the cart for why and what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseForm</name>
    <message numerus="yes">
        <source>%n number(s) near area code %1.</source>
        <translation>
            <numerusform>%n number near area code %1.</numerusform>
            <numerusform>%n numbers near area code %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Buy %n number(s)…</source>
        <translation>
            <numerusform>&amp;Buy %n number…</numerusform>
            <numerusform>&amp;Buy %n numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the cart</source>
        <translation>
            <numerusform>%n number in the cart</numerusform>
            <numerusform>%n numbers in the cart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bought</source>
        <translation>
            <numerusform>%n bought</numerusform>
            <numerusform>%n bought</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on the account</source>
        <translation>
            <numerusform>%n already on the account</numerusform>
            <numerusform>%n already on the account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) found: %1. The provider shows at most 30 a search; search again for more.</source>
        <translation>
            <numerusform>%n number found: %1. The provider shows at most 30 a search; search again for more.</numerusform>
            <numerusform>%n numbers found: %1. The provider shows at most 30 a search; search again for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %n number(s)?</source>
        <translation>
            <numerusform>Buy %n number?</numerusform>
            <numerusform>Buy %n numbers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Buy %n number(s)</source>
        <translation>
            <numerusform>&amp;Buy %n number</numerusform>
            <numerusform>&amp;Buy %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) bought.</source>
        <translation>
            <numerusform>%n number bought.</numerusform>
            <numerusform>%n numbers bought.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were on the account already and were not bought again.</source>
        <translation>
            <numerusform>%n number was on the account already and was not bought again.</numerusform>
            <numerusform>%n numbers were on the account already and were not bought again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buying: %1 of %n number(s) done…</source>
        <translation>
            <numerusform>Buying: %1 of %n number done…</numerusform>
            <numerusform>Buying: %1 of %n numbers done…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message numerus="yes">
        <source>Nothing to show after %n second(s): the section did not finish loading.</source>
        <translation>
            <numerusform>Nothing to show after %n second: the section did not finish loading.</numerusform>
            <numerusform>Nothing to show after %n seconds: the section did not finish loading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second</numerusform>
            <numerusform>the keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeZonePicker</name>
    <message numerus="yes">
        <source>“%1” is not a time zone ID: choose one of the %n matching time zones from the list.</source>
        <translation>
            <numerusform>“%1” is not a time zone ID: choose the matching time zone from the list.</numerusform>
            <numerusform>“%1” is not a time zone ID: choose one of the %n matching time zones from the list.</numerusform>
        </translation>
    </message>
</context>
</TS>
