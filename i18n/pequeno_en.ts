<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChatModel</name>
    <message numerus="yes">
        <location filename="../assistant/ui/chatmodel.py" line="118"/>
        <source>The %n message(s) above are outside the model&apos;s memory: it sees a summary of them instead.</source>
        <translation>
            <numerusform>The message above is outside the model&apos;s memory: it sees a summary of it instead.</numerusform>
            <numerusform>The %n messages above are outside the model&apos;s memory: it sees a summary of them instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/chatmodel.py" line="120"/>
        <source>The %n message(s) above are outside the model&apos;s memory: it no longer sees them when it answers.</source>
        <translation>
            <numerusform>The message above is outside the model&apos;s memory: it no longer sees it when it answers.</numerusform>
            <numerusform>The %n messages above are outside the model&apos;s memory: it no longer sees them when it answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliAsk</name>
    <message numerus="yes">
        <location filename="../assistant/cli/ask.py" line="111"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/ask.py" line="112"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message numerus="yes">
        <location filename="../assistant/cli/history.py" line="161"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Imported %n conversation.</numerusform>
            <numerusform>Imported %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/history.py" line="163"/>
        <source>%n conversation(s) were already there.</source>
        <translation>
            <numerusform>%n conversation was already there.</numerusform>
            <numerusform>%n conversations were already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message numerus="yes">
        <location filename="../assistant/ui/contextmeter.py" line="54"/>
        <source>{used} / {total} tokens · %n older message(s) left out</source>
        <translation>
            <numerusform>{used} / {total} tokens · %n older message left out</numerusform>
            <numerusform>{used} / {total} tokens · %n older messages left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/contextmeter.py" line="56"/>
        <source>The conversation is longer than the model can read at once: it answers from the newest messages, and %n older message(s) are outside its memory.</source>
        <translation>
            <numerusform>The conversation is longer than the model can read at once: it answers from the newest messages, and %n older message is outside its memory.</numerusform>
            <numerusform>The conversation is longer than the model can read at once: it answers from the newest messages, and %n older messages are outside its memory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message numerus="yes">
        <location filename="../assistant/ui/conversationactions.py" line="145"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Imported %n conversation.</numerusform>
            <numerusform>Imported %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/conversationactions.py" line="148"/>
        <source>%n conversation(s) were already there.</source>
        <translation>
            <numerusform>%n conversation was already there.</numerusform>
            <numerusform>%n conversations were already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="241"/>
        <source>Answering from %n passage(s) of the documents…</source>
        <translation>
            <numerusform>Answering from %n passage of the documents…</numerusform>
            <numerusform>Answering from %n passages of the documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="322"/>
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} and %n more</numerusform>
            <numerusform>{files} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="324"/>
        <source>%n file(s) in “{name}” could not be read and were left out: {files}</source>
        <translation>
            <numerusform>%n file in “{name}” could not be read and was left out: {files}</numerusform>
            <numerusform>%n files in “{name}” could not be read and were left out: {files}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <location filename="../assistant/ui/firstrun.py" line="117"/>
        <source>How long it takes depends on your connection. For example, at 10 MB/s it takes about %n minute(s).</source>
        <translation>
            <numerusform>How long it takes depends on your connection. For example, at 10 MB/s it takes about %n minute.</numerusform>
            <numerusform>How long it takes depends on your connection. For example, at 10 MB/s it takes about %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message numerus="yes">
        <location filename="../assistant/ui/modelsdialog.py" line="384"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/modelsdialog.py" line="385"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
</context>
</TS>
