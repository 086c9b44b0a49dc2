<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
