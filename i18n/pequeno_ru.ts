<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../assistant/ui/app.py" line="43"/>
        <source>Something went wrong ({error}). Details are in the log file.</source>
        <translation>Что-то пошло не так ({error}). Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <location filename="../assistant/core/chat_template.py" line="93"/>
        <source>The model&apos;s chat template is invalid or unsafe, so Pequeno will not use this model.</source>
        <translation>Шаблон чата модели некорректен или небезопасен, поэтому Pequeno не будет использовать эту модель.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../assistant/cli.py" line="50"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} — не число</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="54"/>
        <source>must be between {low} and {high}</source>
        <translation>должно быть от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="56"/>
        <source>must be at least {low}</source>
        <translation>должно быть не меньше {low}</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="68"/>
        <source>Pequeno: a private assistant that runs on this computer.</source>
        <translation>Pequeno: приватный ассистент, который работает на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="78"/>
        <source>chat with a model in the terminal</source>
        <translation>общаться с моделью в терминале</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="83"/>
        <source>one prompt to answer; without it, a chat session starts</source>
        <translation>один запрос, на который нужно ответить; без него начинается беседа</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="86"/>
        <source>GGUF model file</source>
        <translation>файл модели GGUF</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="88"/>
        <source>system prompt</source>
        <translation>системный промпт</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="93"/>
        <source>longest reply, in tokens</source>
        <translation>максимальная длина ответа в токенах</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="99"/>
        <source>sampling temperature (0 = always the likeliest token)</source>
        <translation>температура сэмплирования (0 = всегда самый вероятный токен)</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="105"/>
        <source>random seed, for repeatable replies</source>
        <translation>начальное значение генератора случайных чисел, для воспроизводимых ответов</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="111"/>
        <source>context size in tokens</source>
        <translation>размер контекста в токенах</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="117"/>
        <source>CPU threads (default: physical cores)</source>
        <translation>потоки CPU (по умолчанию: число физических ядер)</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="123"/>
        <source>layers to offload to a GPU, when this build has one</source>
        <translation>число слоёв, выгружаемых на GPU, если эта сборка его поддерживает</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="128"/>
        <source>print each reply&apos;s statistics as a JSON line on stderr</source>
        <translation>выводить статистику каждого ответа строкой JSON в stderr</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="131"/>
        <source>do not save this chat</source>
        <translation>не сохранять эту беседу</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="137"/>
        <source>continue a saved conversation</source>
        <translation>продолжить сохранённую беседу</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="141"/>
        <source>inspect and fetch models</source>
        <translation>просматривать и скачивать модели</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="145"/>
        <source>show a GGUF file&apos;s metadata</source>
        <translation>показать метаданные файла GGUF</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="148"/>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="152"/>
        <source>download and verify the small starter model</source>
        <translation>скачать и проверить небольшую стартовую модель</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="167"/>
        <source>keep all data, settings, models and logs under DIR</source>
        <translation>хранить все данные, настройки, модели и журналы в DIR</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="174"/>
        <source>also print the log to the terminal</source>
        <translation>также выводить журнал в терминал</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="196"/>
        <source>No display found, so Pequeno opens in the terminal. (&apos;pequeno chat&apos; does this on purpose.)</source>
        <translation>Дисплей не найден, поэтому Pequeno открывается в терминале. (&apos;pequeno chat&apos; делает это намеренно.)</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="202"/>
        <source>pequeno: error: {message}</source>
        <translation>pequeno: ошибка: {message}</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="224"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="225"/>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="227"/>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="232"/>
        <source>Quantization</source>
        <translation>Квантование</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="233"/>
        <source>Trained context</source>
        <translation>Контекст обучения</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="234"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="236"/>
        <source>Chat template</source>
        <translation>Шаблон чата</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="237"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="237"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="239"/>
        <source>File size</source>
        <translation>Размер файла</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="253"/>
        <source>No model to chat with. Run &apos;make run&apos; (or &apos;pequeno models fetch-starter&apos;) to get the starter model, or pass --model PATH.</source>
        <translation>Нет модели для беседы. Выполните &apos;make run&apos; (или &apos;pequeno models fetch-starter&apos;), чтобы получить стартовую модель, или укажите --model PATH.</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="316"/>
        <source>--conversation needs the history; drop --no-history.</source>
        <translation>Для --conversation нужна история; уберите --no-history.</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="402"/>
        <source>Chatting with {name}. Ctrl+C stops a reply; Ctrl+D quits.</source>
        <translation>Беседа с {name}. Ctrl+C — остановить ответ; Ctrl+D — выйти.</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="414"/>
        <source>Saved as conversation {id}; continue it with &apos;pequeno chat --conversation {id}&apos;.</source>
        <translation>Сохранено как беседа {id}; чтобы продолжить её, выполните &apos;pequeno chat --conversation {id}&apos;.</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../assistant/cli_history.py" line="24"/>
        <source>read, search, export and delete saved chats</source>
        <translation>читать, искать, экспортировать и удалять сохранённые беседы</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="28"/>
        <source>list conversations</source>
        <translation>показать список бесед</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="33"/>
        <source>full-text search</source>
        <translation>полнотекстовый поиск</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="37"/>
        <source>print a conversation</source>
        <translation>вывести беседу</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="41"/>
        <source>export one conversation, or all</source>
        <translation>экспортировать одну беседу или все</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="47"/>
        <source>import a JSON export</source>
        <translation>импортировать файл экспорта в формате JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="51"/>
        <source>delete a conversation</source>
        <translation>удалить беседу</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="55"/>
        <source>delete every conversation</source>
        <translation>удалить все беседы</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="57"/>
        <source>confirm</source>
        <translation>подтвердить</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="81"/>
        <source>pequeno: error: wiping deletes every conversation; add --yes to confirm</source>
        <translation>pequeno: ошибка: очистка удалит все беседы; добавьте --yes для подтверждения</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="93"/>
        <location filename="../assistant/cli_history.py" line="98"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="112"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="121"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удалось прочитать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="127"/>
        <source>Imported {imported} conversations ({skipped} were already there).</source>
        <translation>Импортировано бесед: {imported} (уже были: {skipped}).</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="134"/>
        <source>Deleted conversation {id}.</source>
        <translation>Беседа {id} удалена.</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="137"/>
        <source>Every conversation was deleted.</source>
        <translation>Все беседы удалены.</translation>
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
    <name>Database</name>
    <message>
        <location filename="../assistant/core/database.py" line="51"/>
        <source>The disk is full, so the history could not be saved. Free some space; everything saved before is kept.</source>
        <translation>Диск заполнен, поэтому историю не удалось сохранить. Освободите место; всё, что было сохранено раньше, осталось на месте.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="55"/>
        <source>The history file is read-only, so nothing new can be saved.</source>
        <translation>Файл истории доступен только для чтения, поэтому ничего нового сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="58"/>
        <source>The history file cannot be opened.</source>
        <translation>Не удаётся открыть файл истории.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="60"/>
        <source>The disk reported an error while saving the history.</source>
        <translation>При сохранении истории диск сообщил об ошибке.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="63"/>
        <source>The history is in use by another Pequeno; close it and try again.</source>
        <translation>История используется другим экземпляром Pequeno; закройте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="66"/>
        <source>The history file is damaged and cannot be read.</source>
        <translation>Файл истории повреждён, его невозможно прочитать.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="108"/>
        <source>The history could not be decrypted: the key does not match this file. The file has been left untouched.</source>
        <translation>Не удалось расшифровать историю: ключ не подходит к этому файлу. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="133"/>
        <source>The history was written by a newer Pequeno (schema {found}); update Pequeno to open it.</source>
        <translation>История записана более новой версией Pequeno (схема {found}); обновите Pequeno, чтобы открыть её.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../assistant/core/engine.py" line="185"/>
        <source>A context of {n} tokens is too small.</source>
        <translation>Контекст слишком мал (токенов: {n}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="191"/>
        <source>Not enough memory to load {name} with a context of {n_ctx} tokens: it needs about {needed:.1f} GiB and {available:.1f} GiB is available. Choose a smaller context size.</source>
        <translation>Недостаточно памяти, чтобы загрузить {name} с размером контекста {n_ctx}: нужно около {needed:.1f} ГиБ, а доступно {available:.1f} ГиБ. Выберите меньший размер контекста.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="211"/>
        <source>The model {name} could not be loaded with a context of {n_ctx} tokens. The file may be damaged, or the machine may lack memory for it.</source>
        <translation>Не удалось загрузить модель {name} с размером контекста {n_ctx}. Возможно, файл повреждён или компьютеру не хватает для неё памяти.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="232"/>
        <source>No model is loaded.</source>
        <translation>Модель не загружена.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="281"/>
        <source>The model is busy with another reply.</source>
        <translation>Модель занята другим ответом.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="296"/>
        <source>The conversation ({n} tokens) does not fit the model&apos;s context window ({n_ctx} tokens).</source>
        <translation>Беседа (токенов: {n}) не помещается в контекстное окно модели (токенов: {n_ctx}).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../assistant/core/history_export.py" line="71"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="72"/>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="73"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="76"/>
        <source>Untitled conversation</source>
        <translation>Беседа без названия</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="85"/>
        <source>(unfinished)</source>
        <translation>(не завершено)</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="87"/>
        <source>(failed)</source>
        <translation>(ошибка)</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="94"/>
        <source>This is not a Pequeno history file: {reason}</source>
        <translation>Это не файл истории Pequeno: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="129"/>
        <source>it is not valid JSON</source>
        <translation>это некорректный JSON</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="131"/>
        <source>the format marker is missing</source>
        <translation>отсутствует маркер формата</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="133"/>
        <source>it comes from a newer Pequeno</source>
        <translation>он создан более новой версией Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="136"/>
        <source>it has no conversation list</source>
        <translation>в нём нет списка бесед</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../assistant/core/history.py" line="294"/>
        <source>There is no conversation {id}.</source>
        <translation>Беседа {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history.py" line="399"/>
        <source>There is no message {id}.</source>
        <translation>Сообщение {id} не найдено.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../assistant/core/keystore.py" line="66"/>
        <source>Cannot read the history key file {path}: {reason}</source>
        <translation>Не удалось прочитать файл ключа истории {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="70"/>
        <source>The history key file {path} is damaged.</source>
        <translation>Файл ключа истории {path} повреждён.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="96"/>
        <source>The system keyring could not be read ({reason}). Unlock it and try again.</source>
        <translation>Не удалось прочитать системное хранилище ключей ({reason}). Разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="104"/>
        <source>The history key in the system keyring is damaged (entry “{service}/{account}”). Your history is kept as it is.</source>
        <translation>Ключ истории в системном хранилище ключей повреждён (запись «{service}/{account}»). Ваша история сохранена без изменений.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="130"/>
        <source>The key to your encrypted history is missing from the system keyring and from {path}. Your history is kept as it is; restore the key to read it.</source>
        <translation>Ключа к вашей зашифрованной истории нет ни в системном хранилище ключей, ни в {path}. История сохранена без изменений; чтобы прочитать её, восстановите ключ.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="143"/>
        <source>The system keyring did not keep the key that encrypts your history, so it is stored in {path}. Your history is only as safe as that file.</source>
        <translation>Системное хранилище ключей не сохранило ключ шифрования вашей истории, поэтому он хранится в {path}. История защищена ровно настолько, насколько защищён этот файл.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="147"/>
        <source>No system keyring is available, so the key that encrypts your history is stored in {path}. Your history is only as safe as that file.</source>
        <translation>Системное хранилище ключей недоступно, поэтому ключ шифрования вашей истории хранится в {path}. История защищена ровно настолько, насколько защищён этот файл.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="153"/>
        <source>Cannot store the history key in {path}: {reason}</source>
        <translation>Не удалось сохранить ключ истории в {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="329"/>
        <location filename="../assistant/ui/mainwindow.py" line="330"/>
        <source>Search conversations</source>
        <translation>Поиск по беседам</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="331"/>
        <location filename="../assistant/ui/mainwindow.py" line="332"/>
        <source>New chat</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="333"/>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="334"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="336"/>
        <source>The conversation. The context menu has copy, edit and regenerate.</source>
        <translation>Беседа. В контекстном меню есть копирование, правка и повторная генерация.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="337"/>
        <location filename="../assistant/ui/mainwindow.py" line="338"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="339"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="340"/>
        <source>Stop the reply</source>
        <translation>Остановить ответ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="341"/>
        <source>Context used</source>
        <translation>Использовано контекста</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="342"/>
        <source>%v / %m tokens</source>
        <translation>Токены: %v / %m</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="344"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="346"/>
        <source>Editing an earlier message: Enter resends it and drops what came after; Esc cancels.</source>
        <translation>Правка предыдущего сообщения: Enter — отправить заново и удалить всё, что было после; Esc — отмена.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="351"/>
        <source>&amp;New chat</source>
        <translation>Новая &amp;беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="352"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Открыть файл модели…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="353"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="354"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="355"/>
        <source>&amp;Find in conversations</source>
        <translation>&amp;Поиск по беседам</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="356"/>
        <source>&amp;Write a message</source>
        <translation>&amp;Написать сообщение</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="357"/>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Копировать последний ответ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="358"/>
        <source>S&amp;top the reply</source>
        <translation>&amp;Остановить ответ</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="359"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="360"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="361"/>
        <source>&amp;Pin or unpin</source>
        <translation>&amp;Закрепить или открепить</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="362"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="363"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="364"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="384"/>
        <source>You are chatting with the small starter model, which is quick but often wrong. For much better answers, download Phi-3-mini-4k-instruct (a Q4 GGUF file, about 2.4 GB) and open it with File › Open model file…</source>
        <translation>Вы беседуете с небольшой стартовой моделью: она быстрая, но часто ошибается. Чтобы получать гораздо лучшие ответы, скачайте Phi-3-mini-4k-instruct (файл GGUF Q4, около 2,4 ГБ) и откройте его через Файл › Открыть файл модели…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="390"/>
        <source>No model is installed yet. Run &apos;make run&apos; once, or open a GGUF model file with File › Open model file…</source>
        <translation>Модель ещё не установлена. Выполните &apos;make run&apos; один раз или откройте файл модели GGUF через Файл › Открыть файл модели…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="401"/>
        <source>Open a model</source>
        <translation>Открыть модель</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="402"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Модели GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="412"/>
        <source>Loading {name}…</source>
        <translation>Загрузка {name}…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="426"/>
        <source>No model loaded</source>
        <translation>Модель не загружена</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="432"/>
        <source>{name} · {variant} context</source>
        <translation>{name} · контекст {variant}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="462"/>
        <location filename="../assistant/ui/mainwindow.py" line="467"/>
        <source>New conversation</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="526"/>
        <source>Rename conversation</source>
        <translation>Переименовать беседу</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="527"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="546"/>
        <source>Delete conversation</source>
        <translation>Удалить беседу</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="547"/>
        <source>Delete this conversation? This cannot be undone.</source>
        <translation>Удалить эту беседу? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="652"/>
        <source>{rate:.1f} tokens/s</source>
        <translation>{rate:.1f} токенов/с</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="715"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="717"/>
        <source>Edit and resend</source>
        <translation>Изменить и отправить заново</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="719"/>
        <source>Regenerate</source>
        <translation>Сгенерировать заново</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="794"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Не удалось сохранить настройки: {reason}</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../assistant/ui/chatview.py" line="81"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="81"/>
        <source>Pequeno</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="82"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="82"/>
        <source>Edit and resend</source>
        <translation>Изменить и отправить заново</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="83"/>
        <source>Regenerate</source>
        <translation>Сгенерировать заново</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="83"/>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="84"/>
        <source>(stopped)</source>
        <translation>(остановлено)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="84"/>
        <source>(failed)</source>
        <translation>(ошибка)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="85"/>
        <source>writing…</source>
        <translation>пишет…</translation>
    </message>
</context>
<context>
    <name>ModelInfo</name>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="79"/>
        <source>Model file not found: {path}</source>
        <translation>Файл модели не найден: {path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="81"/>
        <source>Not a model file: {path}</source>
        <translation>Это не файл модели: {path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="85"/>
        <source>The model file {name} is empty.</source>
        <translation>Файл модели {name} пуст.</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="90"/>
        <source>The model file {name} is incomplete (truncated). Download it again.</source>
        <translation>Файл модели {name} неполный (обрезан). Скачайте его заново.</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="95"/>
        <source>{name} is not a valid GGUF model file.</source>
        <translation>{name} не является корректным файлом модели GGUF.</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="98"/>
        <source>Cannot read the model file {name}: {reason}</source>
        <translation>Не удалось прочитать файл модели {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="104"/>
        <source>{name} uses the model architecture “{arch}”, which Pequeno cannot run.</source>
        <translation>{name} использует архитектуру модели «{arch}», которую Pequeno не может запустить.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="72"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="74"/>
        <source>Default system prompt</source>
        <translation>Системный промпт по умолчанию</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="75"/>
        <source>Instructions the assistant follows in new conversations</source>
        <translation>Инструкции, которым ассистент следует в новых беседах</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="76"/>
        <source>This conversation&apos;s system prompt</source>
        <translation>Системный промпт этой беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="77"/>
        <source>Instructions for the open conversation only</source>
        <translation>Инструкции только для открытой беседы</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="78"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="79"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>Чем выше, тем разнообразнее; при 0 всегда выбирается самое вероятное слово</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="80"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="80"/>
        <source>Sample only from the likeliest words that add up to this probability</source>
        <translation>Выбирать только из самых вероятных слов, которые в сумме дают эту вероятность</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="82"/>
        <source>Longest reply (tokens)</source>
        <translation>Макс. длина ответа (в токенах)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="82"/>
        <source>The most tokens a reply may have</source>
        <translation>Наибольшее число токенов в одном ответе</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="83"/>
        <source>Context size (tokens)</source>
        <translation>Размер контекста (в токенах)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="84"/>
        <source>How much of the conversation the model reads; applies when a model is loaded</source>
        <translation>Какую часть беседы читает модель; применяется при загрузке модели</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="86"/>
        <source>CPU threads</source>
        <translation>Потоки CPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="87"/>
        <source>0 means one per physical core ({cores})</source>
        <translation>0 — по одному на физическое ядро ({cores})</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="88"/>
        <source>GPU layers</source>
        <translation>Слои на GPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="88"/>
        <source>Layers to run on a GPU, when this build has one</source>
        <translation>Число слоёв, выполняемых на GPU, если эта сборка его поддерживает</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="96"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <location filename="../assistant/core/starter.py" line="76"/>
        <source>Could not download the starter model ({requirement}): {reason}</source>
        <translation>Не удалось скачать стартовую модель ({requirement}): {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/starter.py" line="100"/>
        <source>The starter model package is damaged.</source>
        <translation>Пакет стартовой модели повреждён.</translation>
    </message>
    <message>
        <location filename="../assistant/core/starter.py" line="104"/>
        <source>Could not write the starter model: {reason}</source>
        <translation>Не удалось записать стартовую модель: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/starter.py" line="109"/>
        <source>The starter model failed its integrity check (SHA-256 {actual}); it was deleted.</source>
        <translation>Стартовая модель не прошла проверку целостности (SHA-256 {actual}) и была удалена.</translation>
    </message>
</context>
</TS>
