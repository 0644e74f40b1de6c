<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/exchange/linkedin_page.py" line="+37"/>
        <location filename="../../bounceback/ui/exchange/summary.py" line="+15"/>
        <location filename="../../bounceback/ui/feedback/insights.py" line="+43"/>
        <location filename="../../bounceback/ui/timeline/board.py" line="+527"/>
        <location filename="../../bounceback/ui/timeline/insights.py" line="+135"/>
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../../bounceback/ui/exchange/summary.py" line="+1"/>
        <source>%Ln saved job(s)</source>
        <translation>
            <numerusform>%Ln saved job</numerusform>
            <numerusform>%Ln saved jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Your answers to %Ln screening question(s) are kept with them, for when you look back.</source>
        <translation>
            <numerusform>Your answer to %Ln screening question is kept with them, for when you look back.</numerusform>
            <numerusform>Your answers to %Ln screening questions are kept with them, for when you look back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln saved job(s) here were applied to since; they move on to Applied.</source>
        <translation>
            <numerusform>%Ln saved job here was applied to since; it moves on to Applied.</numerusform>
            <numerusform>%Ln saved jobs here were applied to since; they move on to Applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of your People will be marked as connected on LinkedIn.</source>
        <translation>
            <numerusform>%Ln of your People will be marked as connected on LinkedIn.</numerusform>
            <numerusform>%Ln of your People will be marked as connected on LinkedIn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln job(s) in it are already here and stay as they are.</source>
        <translation>
            <numerusform>%Ln job in it is already here and stays as it is.</numerusform>
            <numerusform>%Ln jobs in it are already here and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%Ln of your connections work where you applied.</source>
        <translation>
            <numerusform>%Ln of your connections works where you applied.</numerusform>
            <numerusform>%Ln of your connections work where you applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/exchange/summary.py" line="+1"/>
        <source>%Ln timeline event(s)</source>
        <translation>
            <numerusform>%Ln timeline event</numerusform>
            <numerusform>%Ln timeline events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln feedback note(s)</source>
        <translation>
            <numerusform>%Ln feedback note</numerusform>
            <numerusform>%Ln feedback notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln review item(s)</source>
        <translation>
            <numerusform>%Ln review item</numerusform>
            <numerusform>%Ln review items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln action item</numerusform>
            <numerusform>%Ln action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln bounce-back plan(s)</source>
        <translation>
            <numerusform>%Ln bounce-back plan</numerusform>
            <numerusform>%Ln bounce-back plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln saved job(s) moved on to Applied.</source>
        <translation>
            <numerusform>%Ln saved job moved on to Applied.</numerusform>
            <numerusform>%Ln saved jobs moved on to Applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of your People marked as connected on LinkedIn.</source>
        <translation>
            <numerusform>%Ln of your People marked as connected on LinkedIn.</numerusform>
            <numerusform>%Ln of your People marked as connected on LinkedIn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Nothing new to add: all %Ln entries in this file were already here.</source>
        <translation>
            <numerusform>Nothing new to add: the one entry in this file was already here.</numerusform>
            <numerusform>Nothing new to add: all %Ln entries in this file were already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <location line="+14"/>
        <source>%Ln were already here, so they were left as they were.</source>
        <translation>
            <numerusform>%Ln was already here, so it was left as it was.</numerusform>
            <numerusform>%Ln were already here, so they were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/timeline/insights.py" line="-90"/>
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln of %1 applications got this far (%2)</source>
        <translation>
            <numerusform>%Ln of %1 applications got this far (%2)</numerusform>
            <numerusform>%Ln of %1 applications got this far (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%Ln saved to apply to</source>
        <translation>
            <numerusform>%Ln saved to apply to</numerusform>
            <numerusform>%Ln saved to apply to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/checkin/afterwards.py" line="+33"/>
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 point</numerusform>
            <numerusform>%1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/common/chart_figure.py" line="+150"/>
        <source>%1: %Ln point(s) from %2 to %3, values %4 to %5</source>
        <translation>
            <numerusform>%1: %Ln point from %2 to %3, values %4 to %5</numerusform>
            <numerusform>%1: %Ln points from %2 to %3, values %4 to %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/privacy/store_changes.py" line="+56"/>
        <source>%Ln older backup(s) were made with a different passphrase, so they were left as they were in the backups folder. They open only with that passphrase.</source>
        <translation>
            <numerusform>%Ln older backup was made with a different passphrase, so it was left as it was in the backups folder. It opens only with that passphrase.</numerusform>
            <numerusform>%Ln older backups were made with a different passphrase, so they were left as they were in the backups folder. They open only with that passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/search/words.py" line="+60"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/review/insights.py" line="+31"/>
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/timeline/insights_lanes.py" line="+166"/>
        <source>%Ln application(s), newest first</source>
        <translation>
            <numerusform>%Ln application, newest first</numerusform>
            <numerusform>%Ln applications, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln event(s), the latest: %2 on %3</source>
        <translation>
            <numerusform>%1: %Ln event, the latest: %2 on %3</numerusform>
            <numerusform>%1: %Ln events, the latest: %2 on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/help/about.py" line="+57"/>
        <source>%1, of which %Ln document(s): %2</source>
        <translation>
            <numerusform>%1, of which %Ln document: %2</numerusform>
            <numerusform>%1, of which %Ln documents: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/timeline/document_actions.py" line="+144"/>
        <source>Kept %Ln file(s) with this application.</source>
        <translation>
            <numerusform>Kept %Ln file with this application.</numerusform>
            <numerusform>Kept %Ln files with this application.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionArea</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/review/editor.py" line="+143"/>
        <source>%Ln action(s) already came from this item; listed below.</source>
        <translation>
            <numerusform>One action already came from this item; it is listed below.</numerusform>
            <numerusform>%Ln actions already came from this item; they are listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/feedback/action_panel.py" line="+221"/>
        <source>%Ln of %1 still to do.</source>
        <translation>
            <numerusform>%Ln of %1 still to do.</numerusform>
            <numerusform>%Ln of %1 still to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllEventsPanel</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/timeline/all_events.py" line="+70"/>
        <source>%Ln event(s). Double-click one to open its application.</source>
        <translation>
            <numerusform>%Ln event. Double-click it to open its application.</numerusform>
            <numerusform>%Ln events. Double-click one to open its application.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinInsightsPanel</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/checkin/insights.py" line="+354"/>
        <source>Your usual level, %1 of 10, is the middle of your %Ln check-in(s) before it (the month before it had fewer than %2).</source>
        <translation>
            <numerusform>Your usual level, %1 of 10, is the middle of your %Ln check-in before it (the month before it had fewer than %2).</numerusform>
            <numerusform>Your usual level, %1 of 10, is the middle of your %Ln check-ins before it (the month before it had fewer than %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back to your usual in %Ln day(s).</source>
        <translation>
            <numerusform>Back to your usual in %Ln day.</numerusform>
            <numerusform>Back to your usual in %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1: %2 point(s) lighter on average (feelings noted afterwards: %3, in check-ins: %4)</source>
        <translation>
            <numerusform>%1: %2 point lighter on average (feelings noted afterwards: %3, in check-ins: %4)</numerusform>
            <numerusform>%1: %2 points lighter on average (feelings noted afterwards: %3, in check-ins: %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1: named %Ln time(s), %2 of 10 on average</source>
        <translation>
            <numerusform>%1: named once, %2 of 10</numerusform>
            <numerusform>%1: named %Ln times, %2 of 10 on average</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/review/checklist.py" line="+116"/>
        <source>Add %Ln new message(s) or interview(s) from the time&amp;line</source>
        <translation>
            <numerusform>Add the new message or interview from the time&amp;line</numerusform>
            <numerusform>Add %Ln new messages or interviews from the time&amp;line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>All %Ln looked at</source>
        <translation>
            <numerusform>The one item looked at</numerusform>
            <numerusform>All %Ln looked at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/today/settings.py" line="+92"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/common/letter_editor.py" line="+369"/>
        <source>…and %n more further on.</source>
        <translation>
            <numerusform>…and %n more further on.</numerusform>
            <numerusform>…and %n more further on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/exchange/csv_mapping.py" line="+289"/>
        <source>The file has %Ln row(s).</source>
        <translation>
            <numerusform>The file has one row.</numerusform>
            <numerusform>The file has %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/plan/tab.py" line="+346"/>
        <source>%Ln check-in(s) about this “no”, each with a way to cope.</source>
        <translation>
            <numerusform>A check-in about this “no”, with a way to cope.</numerusform>
            <numerusform>%Ln check-ins about this “no”, each with a way to cope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 of %Ln item(s) looked at.</source>
        <translation>
            <numerusform>%1 of %Ln item looked at.</numerusform>
            <numerusform>%1 of %Ln items looked at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln thing(s) to improve still have no next step.</source>
        <translation>
            <numerusform>One thing to improve still has no next step.</numerusform>
            <numerusform>%Ln things to improve still have no next step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/privacy/settings_dialog.py" line="+116"/>
        <source>After %n minutes without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/privacy/restore_dialog.py" line="+142"/>
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln feedback note(s)</source>
        <translation>
            <numerusform>%Ln feedback note</numerusform>
            <numerusform>%Ln feedback notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/privacy/passphrase.py" line="+392"/>
        <source>Let&apos;s take a breath: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Let&apos;s take a breath: you can try again in %n second.</numerusform>
            <numerusform>Let&apos;s take a breath: you can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
