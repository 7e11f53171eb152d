<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>App</name>
    <message>
        <location filename="../assistant/ui/app.py" line="43"/>
        <source>Something went wrong ({error}). Details are in the log file.</source>
        <translation>Algo deu errado ({error}). Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>ChatTemplate</name>
    <message>
        <location filename="../assistant/core/chat_template.py" line="93"/>
        <source>The model&apos;s chat template is invalid or unsafe, so Pequeno will not use this model.</source>
        <translation>O template de chat do modelo é inválido ou inseguro, então o Pequeno não vai usar este modelo.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../assistant/cli.py" line="50"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} não é um número</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="54"/>
        <source>must be between {low} and {high}</source>
        <translation>deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="56"/>
        <source>must be at least {low}</source>
        <translation>deve ser no mínimo {low}</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="68"/>
        <source>Pequeno: a private assistant that runs on this computer.</source>
        <translation>Pequeno: um assistente privado que roda neste computador.</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="78"/>
        <source>chat with a model in the terminal</source>
        <translation>conversar com um modelo no terminal</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="83"/>
        <source>one prompt to answer; without it, a chat session starts</source>
        <translation>um prompt a ser respondido; sem ele, começa uma sessão de conversa</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="86"/>
        <source>GGUF model file</source>
        <translation>arquivo de modelo GGUF</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="88"/>
        <source>system prompt</source>
        <translation>prompt de sistema</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="93"/>
        <source>longest reply, in tokens</source>
        <translation>tamanho máximo da resposta, em tokens</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="99"/>
        <source>sampling temperature (0 = always the likeliest token)</source>
        <translation>temperatura de amostragem (0 = sempre o token mais provável)</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="105"/>
        <source>random seed, for repeatable replies</source>
        <translation>semente aleatória, para respostas reproduzíveis</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="111"/>
        <source>context size in tokens</source>
        <translation>tamanho do contexto em tokens</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="117"/>
        <source>CPU threads (default: physical cores)</source>
        <translation>threads de CPU (padrão: núcleos físicos)</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="123"/>
        <source>layers to offload to a GPU, when this build has one</source>
        <translation>camadas a transferir para a GPU, se esta versão tiver suporte a GPU</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="128"/>
        <source>print each reply&apos;s statistics as a JSON line on stderr</source>
        <translation>imprimir as estatísticas de cada resposta como uma linha JSON no stderr</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="131"/>
        <source>do not save this chat</source>
        <translation>não salvar esta conversa</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="137"/>
        <source>continue a saved conversation</source>
        <translation>continuar uma conversa salva</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="141"/>
        <source>inspect and fetch models</source>
        <translation>inspecionar e baixar modelos</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="145"/>
        <source>show a GGUF file&apos;s metadata</source>
        <translation>mostrar os metadados de um arquivo GGUF</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="148"/>
        <source>print JSON</source>
        <translation>imprimir em JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="152"/>
        <source>download and verify the small starter model</source>
        <translation>baixar e verificar o pequeno modelo inicial</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="167"/>
        <source>keep all data, settings, models and logs under DIR</source>
        <translation>guardar todos os dados, configurações, modelos e logs em DIR</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="174"/>
        <source>also print the log to the terminal</source>
        <translation>também exibir o log no terminal</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="196"/>
        <source>No display found, so Pequeno opens in the terminal. (&apos;pequeno chat&apos; does this on purpose.)</source>
        <translation>Nenhuma tela encontrada, então o Pequeno abre no terminal. (&apos;pequeno chat&apos; faz isso de propósito.)</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="202"/>
        <source>pequeno: error: {message}</source>
        <translation>pequeno: erro: {message}</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="224"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="225"/>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="227"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="232"/>
        <source>Quantization</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="233"/>
        <source>Trained context</source>
        <translation>Contexto de treinamento</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="234"/>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="236"/>
        <source>Chat template</source>
        <translation>Template de chat</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="237"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="237"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="239"/>
        <source>File size</source>
        <translation>Tamanho do arquivo</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="253"/>
        <source>No model to chat with. Run &apos;make run&apos; (or &apos;pequeno models fetch-starter&apos;) to get the starter model, or pass --model PATH.</source>
        <translation>Não há modelo para conversar. Execute &apos;make run&apos; (ou &apos;pequeno models fetch-starter&apos;) para obter o modelo inicial, ou passe --model PATH.</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="316"/>
        <source>--conversation needs the history; drop --no-history.</source>
        <translation>--conversation precisa do histórico; remova --no-history.</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="402"/>
        <source>Chatting with {name}. Ctrl+C stops a reply; Ctrl+D quits.</source>
        <translation>Conversando com {name}. Ctrl+C interrompe uma resposta; Ctrl+D sai.</translation>
    </message>
    <message>
        <location filename="../assistant/cli.py" line="414"/>
        <source>Saved as conversation {id}; continue it with &apos;pequeno chat --conversation {id}&apos;.</source>
        <translation>Salva como conversa {id}; continue-a com &apos;pequeno chat --conversation {id}&apos;.</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../assistant/cli_history.py" line="24"/>
        <source>read, search, export and delete saved chats</source>
        <translation>ler, pesquisar, exportar e excluir conversas salvas</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="28"/>
        <source>list conversations</source>
        <translation>listar conversas</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="33"/>
        <source>full-text search</source>
        <translation>pesquisa de texto completo</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="37"/>
        <source>print a conversation</source>
        <translation>exibir uma conversa</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="41"/>
        <source>export one conversation, or all</source>
        <translation>exportar uma conversa, ou todas</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="47"/>
        <source>import a JSON export</source>
        <translation>importar uma exportação em JSON</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="51"/>
        <source>delete a conversation</source>
        <translation>excluir uma conversa</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="55"/>
        <source>delete every conversation</source>
        <translation>excluir todas as conversas</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="57"/>
        <source>confirm</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="81"/>
        <source>pequeno: error: wiping deletes every conversation; add --yes to confirm</source>
        <translation>pequeno: erro: a limpeza exclui todas as conversas; adicione --yes para confirmar</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="93"/>
        <location filename="../assistant/cli_history.py" line="98"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="112"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Não foi possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="121"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Não foi possível ler {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="127"/>
        <source>Imported {imported} conversations ({skipped} were already there).</source>
        <translation>Conversas importadas: {imported} (já existentes: {skipped}).</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="134"/>
        <source>Deleted conversation {id}.</source>
        <translation>Conversa {id} excluída.</translation>
    </message>
    <message>
        <location filename="../assistant/cli_history.py" line="137"/>
        <source>Every conversation was deleted.</source>
        <translation>Todas as conversas foram excluídas.</translation>
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
    <name>Database</name>
    <message>
        <location filename="../assistant/core/database.py" line="51"/>
        <source>The disk is full, so the history could not be saved. Free some space; everything saved before is kept.</source>
        <translation>O disco está cheio, por isso não foi possível salvar o histórico. Libere algum espaço; tudo o que foi salvo antes continua preservado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="55"/>
        <source>The history file is read-only, so nothing new can be saved.</source>
        <translation>O arquivo de histórico é somente leitura, então nada novo pode ser salvo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="58"/>
        <source>The history file cannot be opened.</source>
        <translation>Não é possível abrir o arquivo de histórico.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="60"/>
        <source>The disk reported an error while saving the history.</source>
        <translation>O disco informou um erro ao salvar o histórico.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="63"/>
        <source>The history is in use by another Pequeno; close it and try again.</source>
        <translation>O histórico está sendo usado por outra instância do Pequeno; feche-a e tente novamente.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="66"/>
        <source>The history file is damaged and cannot be read.</source>
        <translation>O arquivo de histórico está danificado e não pode ser lido.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="108"/>
        <source>The history could not be decrypted: the key does not match this file. The file has been left untouched.</source>
        <translation>Não foi possível descriptografar o histórico: a chave não corresponde a este arquivo. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/database.py" line="133"/>
        <source>The history was written by a newer Pequeno (schema {found}); update Pequeno to open it.</source>
        <translation>O histórico foi gravado por uma versão mais recente do Pequeno (esquema {found}); atualize o Pequeno para abri-lo.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../assistant/core/engine.py" line="185"/>
        <source>A context of {n} tokens is too small.</source>
        <translation>Um contexto de {n} tokens é pequeno demais.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="191"/>
        <source>Not enough memory to load {name} with a context of {n_ctx} tokens: it needs about {needed:.1f} GiB and {available:.1f} GiB is available. Choose a smaller context size.</source>
        <translation>Memória insuficiente para carregar {name} com um contexto de {n_ctx} tokens: são necessários cerca de {needed:.1f} GiB e há {available:.1f} GiB disponíveis. Escolha um tamanho de contexto menor.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="211"/>
        <source>The model {name} could not be loaded with a context of {n_ctx} tokens. The file may be damaged, or the machine may lack memory for it.</source>
        <translation>Não foi possível carregar o modelo {name} com um contexto de {n_ctx} tokens. O arquivo pode estar danificado, ou o computador pode não ter memória suficiente para ele.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="232"/>
        <source>No model is loaded.</source>
        <translation>Nenhum modelo foi carregado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="281"/>
        <source>The model is busy with another reply.</source>
        <translation>O modelo está ocupado com outra resposta.</translation>
    </message>
    <message>
        <location filename="../assistant/core/engine.py" line="296"/>
        <source>The conversation ({n} tokens) does not fit the model&apos;s context window ({n_ctx} tokens).</source>
        <translation>A conversa ({n} tokens) não cabe na janela de contexto do modelo ({n_ctx} tokens).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../assistant/core/history_export.py" line="71"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="72"/>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="73"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="76"/>
        <source>Untitled conversation</source>
        <translation>Conversa sem título</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="85"/>
        <source>(unfinished)</source>
        <translation>(inacabada)</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="87"/>
        <source>(failed)</source>
        <translation>(falhou)</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="94"/>
        <source>This is not a Pequeno history file: {reason}</source>
        <translation>Este não é um arquivo de histórico do Pequeno: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="129"/>
        <source>it is not valid JSON</source>
        <translation>não é um JSON válido</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="131"/>
        <source>the format marker is missing</source>
        <translation>o marcador de formato está ausente</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="133"/>
        <source>it comes from a newer Pequeno</source>
        <translation>ele vem de uma versão mais recente do Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/core/history_export.py" line="136"/>
        <source>it has no conversation list</source>
        <translation>ele não tem uma lista de conversas</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../assistant/core/history.py" line="294"/>
        <source>There is no conversation {id}.</source>
        <translation>A conversa {id} não existe.</translation>
    </message>
    <message>
        <location filename="../assistant/core/history.py" line="399"/>
        <source>There is no message {id}.</source>
        <translation>A mensagem {id} não existe.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../assistant/core/keystore.py" line="66"/>
        <source>Cannot read the history key file {path}: {reason}</source>
        <translation>Não foi possível ler o arquivo de chave do histórico {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="70"/>
        <source>The history key file {path} is damaged.</source>
        <translation>O arquivo de chave do histórico {path} está danificado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="96"/>
        <source>The system keyring could not be read ({reason}). Unlock it and try again.</source>
        <translation>Não foi possível ler o chaveiro do sistema ({reason}). Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="104"/>
        <source>The history key in the system keyring is damaged (entry “{service}/{account}”). Your history is kept as it is.</source>
        <translation>A chave do histórico no chaveiro do sistema está danificada (entrada “{service}/{account}”). Seu histórico foi mantido como está.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="130"/>
        <source>The key to your encrypted history is missing from the system keyring and from {path}. Your history is kept as it is; restore the key to read it.</source>
        <translation>A chave do seu histórico criptografado não está no chaveiro do sistema nem em {path}. Seu histórico foi mantido como está; restaure a chave para lê-lo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="143"/>
        <source>The system keyring did not keep the key that encrypts your history, so it is stored in {path}. Your history is only as safe as that file.</source>
        <translation>O chaveiro do sistema não guardou a chave que criptografa seu histórico, por isso ela está armazenada em {path}. Seu histórico só está tão seguro quanto esse arquivo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="147"/>
        <source>No system keyring is available, so the key that encrypts your history is stored in {path}. Your history is only as safe as that file.</source>
        <translation>Nenhum chaveiro do sistema está disponível, por isso a chave que criptografa seu histórico está armazenada em {path}. Seu histórico só está tão seguro quanto esse arquivo.</translation>
    </message>
    <message>
        <location filename="../assistant/core/keystore.py" line="153"/>
        <source>Cannot store the history key in {path}: {reason}</source>
        <translation>Não foi possível armazenar a chave do histórico em {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="329"/>
        <location filename="../assistant/ui/mainwindow.py" line="330"/>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="331"/>
        <location filename="../assistant/ui/mainwindow.py" line="332"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="333"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="334"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="336"/>
        <source>The conversation. The context menu has copy, edit and regenerate.</source>
        <translation>A conversa. O menu de contexto tem as opções copiar, editar e gerar novamente.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="337"/>
        <location filename="../assistant/ui/mainwindow.py" line="338"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="339"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="340"/>
        <source>Stop the reply</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="341"/>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="342"/>
        <source>%v / %m tokens</source>
        <translation>%v de %m tokens</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="344"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="346"/>
        <source>Editing an earlier message: Enter resends it and drops what came after; Esc cancels.</source>
        <translation>Editando uma mensagem anterior: Enter a reenvia e descarta o que veio depois; Esc cancela.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="351"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="352"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Abrir arquivo de modelo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="353"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="354"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="355"/>
        <source>&amp;Find in conversations</source>
        <translation>&amp;Localizar nas conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="356"/>
        <source>&amp;Write a message</source>
        <translation>&amp;Escrever uma mensagem</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="357"/>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copiar última resposta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="358"/>
        <source>S&amp;top the reply</source>
        <translation>&amp;Parar a resposta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="359"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="360"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="361"/>
        <source>&amp;Pin or unpin</source>
        <translation>&amp;Fixar ou desafixar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="362"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="363"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="364"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="384"/>
        <source>You are chatting with the small starter model, which is quick but often wrong. For much better answers, download Phi-3-mini-4k-instruct (a Q4 GGUF file, about 2.4 GB) and open it with File › Open model file…</source>
        <translation>Você está conversando com o pequeno modelo inicial, que é rápido, mas erra com frequência. Para respostas muito melhores, baixe o Phi-3-mini-4k-instruct (um arquivo GGUF Q4, com cerca de 2,4 GB) e abra-o em Arquivo › Abrir arquivo de modelo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="390"/>
        <source>No model is installed yet. Run &apos;make run&apos; once, or open a GGUF model file with File › Open model file…</source>
        <translation>Ainda não há nenhum modelo instalado. Execute &apos;make run&apos; uma vez, ou abra um arquivo de modelo GGUF em Arquivo › Abrir arquivo de modelo…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="401"/>
        <source>Open a model</source>
        <translation>Abrir um modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="402"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="412"/>
        <source>Loading {name}…</source>
        <translation>Carregando {name}…</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="426"/>
        <source>No model loaded</source>
        <translation>Nenhum modelo carregado</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="432"/>
        <source>{name} · {variant} context</source>
        <translation>{name} · contexto de {variant}</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="462"/>
        <location filename="../assistant/ui/mainwindow.py" line="467"/>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="526"/>
        <source>Rename conversation</source>
        <translation>Renomear conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="527"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="546"/>
        <source>Delete conversation</source>
        <translation>Excluir conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="547"/>
        <source>Delete this conversation? This cannot be undone.</source>
        <translation>Excluir esta conversa? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="652"/>
        <source>{rate:.1f} tokens/s</source>
        <translation>{rate:.1f} tokens/s</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="715"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="717"/>
        <source>Edit and resend</source>
        <translation>Editar e reenviar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="719"/>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <location filename="../assistant/ui/mainwindow.py" line="794"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Não foi possível salvar as configurações: {reason}</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../assistant/ui/chatview.py" line="81"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="81"/>
        <source>Pequeno</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="82"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="82"/>
        <source>Edit and resend</source>
        <translation>Editar e reenviar</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="83"/>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="83"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="84"/>
        <source>(stopped)</source>
        <translation>(interrompida)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="84"/>
        <source>(failed)</source>
        <translation>(falhou)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/chatview.py" line="85"/>
        <source>writing…</source>
        <translation>escrevendo…</translation>
    </message>
</context>
<context>
    <name>ModelInfo</name>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="79"/>
        <source>Model file not found: {path}</source>
        <translation>Arquivo de modelo não encontrado: {path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="81"/>
        <source>Not a model file: {path}</source>
        <translation>Não é um arquivo de modelo: {path}</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="85"/>
        <source>The model file {name} is empty.</source>
        <translation>O arquivo de modelo {name} está vazio.</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="90"/>
        <source>The model file {name} is incomplete (truncated). Download it again.</source>
        <translation>O arquivo de modelo {name} está incompleto (truncado). Baixe-o novamente.</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="95"/>
        <source>{name} is not a valid GGUF model file.</source>
        <translation>{name} não é um arquivo de modelo GGUF válido.</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="98"/>
        <source>Cannot read the model file {name}: {reason}</source>
        <translation>Não foi possível ler o arquivo de modelo {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/modelinfo.py" line="104"/>
        <source>{name} uses the model architecture “{arch}”, which Pequeno cannot run.</source>
        <translation>{name} usa a arquitetura de modelo “{arch}”, que o Pequeno não consegue executar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="72"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="74"/>
        <source>Default system prompt</source>
        <translation>Prompt de sistema padrão</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="75"/>
        <source>Instructions the assistant follows in new conversations</source>
        <translation>Instruções que o assistente segue em novas conversas</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="76"/>
        <source>This conversation&apos;s system prompt</source>
        <translation>Prompt de sistema desta conversa</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="77"/>
        <source>Instructions for the open conversation only</source>
        <translation>Instruções apenas para a conversa aberta</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="78"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="79"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>Quanto maior, mais variado; 0 sempre escolhe a palavra mais provável</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="80"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="80"/>
        <source>Sample only from the likeliest words that add up to this probability</source>
        <translation>Sortear apenas entre as palavras mais prováveis cuja probabilidade somada chega a este valor</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="82"/>
        <source>Longest reply (tokens)</source>
        <translation>Tamanho máximo da resposta (tokens)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="82"/>
        <source>The most tokens a reply may have</source>
        <translation>O número máximo de tokens que uma resposta pode ter</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="83"/>
        <source>Context size (tokens)</source>
        <translation>Tamanho do contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="84"/>
        <source>How much of the conversation the model reads; applies when a model is loaded</source>
        <translation>Quanto da conversa o modelo lê; vale a partir do próximo carregamento de modelo</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="86"/>
        <source>CPU threads</source>
        <translation>Threads de CPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="87"/>
        <source>0 means one per physical core ({cores})</source>
        <translation>0 significa um por núcleo físico ({cores})</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="88"/>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="88"/>
        <source>Layers to run on a GPU, when this build has one</source>
        <translation>Camadas a executar na GPU, se esta versão tiver suporte a GPU</translation>
    </message>
    <message>
        <location filename="../assistant/ui/settingsdialog.py" line="96"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <location filename="../assistant/core/starter.py" line="76"/>
        <source>Could not download the starter model ({requirement}): {reason}</source>
        <translation>Não foi possível baixar o modelo inicial ({requirement}): {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/starter.py" line="100"/>
        <source>The starter model package is damaged.</source>
        <translation>O pacote do modelo inicial está danificado.</translation>
    </message>
    <message>
        <location filename="../assistant/core/starter.py" line="104"/>
        <source>Could not write the starter model: {reason}</source>
        <translation>Não foi possível gravar o modelo inicial: {reason}</translation>
    </message>
    <message>
        <location filename="../assistant/core/starter.py" line="109"/>
        <source>The starter model failed its integrity check (SHA-256 {actual}); it was deleted.</source>
        <translation>O modelo inicial não passou na verificação de integridade (SHA-256 {actual}); ele foi excluído.</translation>
    </message>
</context>
</TS>
