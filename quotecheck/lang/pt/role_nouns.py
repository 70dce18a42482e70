"""Role and function nouns that name a speaker: {role: gender or None}.

Lower case, as Portuguese writes them ("o ministro da Saúde", "a presidente do Banco Central");
the complement is read by the engine, not listed. Gender where the form shows it; nouns the same
in both genders ("presidente", "porta-voz", "juiz" in Brazil) take the article's.
"""

# (masculine, feminine)
_PAIRS = {
    "ministro": "ministra", "primeiro-ministro": "primeira-ministra",
    "secretário": "secretária", "secretário-geral": "secretária-geral",
    "diretor": "diretora", "director": "directora", "diretor-geral": "diretora-geral",
    "diretor-executivo": "diretora-executiva", "treinador": "treinadora",
    "técnico": "técnica", "advogado": "advogada", "procurador": "procuradora",
    "desembargador": "desembargadora",
    "senador": "senadora", "deputado": "deputada", "governador": "governadora",
    "embaixador": "embaixadora", "diplomata": "diplomata", "funcionário": "funcionária",
    "especialista": "especialista", "pesquisador": "pesquisadora",
    "investigador": "investigadora", "cientista": "cientista", "médico": "médica",
    "doutor": "doutora", "vizinho": "vizinha", "jogador": "jogadora", "dono": "dona",
    "proprietário": "proprietária", "fundador": "fundadora", "empresário": "empresária",
    "candidato": "candidata", "vereador": "vereadora", "prefeito": "prefeita",
    "autarca": "autarca",
    "chefe": "chefe", "escritor": "escritora", "autor": "autora", "professor": "professora",
    "historiador": "historiadora", "comissário": "comissária", "inspetor": "inspetora",
    "delegado": "delegada", "assessor": "assessora", "negociador": "negociadora",
    "rei": "rainha", "príncipe": "princesa", "juiz": "juíza", "coordenador": "coordenadora",
    "pai": "mãe", "filho": "filha", "marido": "mulher", "irmão": "irmã",
    "capitão": "capitã", "atacante": "atacante", "goleiro": "goleira",
    "guarda-redes": "guarda-redes", "defensor": "defensora", "ex-ministro": "ex-ministra",
    "vice-presidente": "vice-presidente", "presidente": "presidenta",
    "porta-voz": "porta-voz", "analista": "analista", "economista": "economista",
    "jornalista": "jornalista", "dirigente": "dirigente", "líder": "líder", "parlamentar": "parlamentar",
    "ativista": "ativista", "representante": "representante", "gerente": "gerente",
    "comandante": "comandante", "general": "general", "coronel": "coronel",
    "sindicalista": "sindicalista", "vítima": "vítima", "sobrevivente": "sobrevivente",
    "testemunha": "testemunha", "responsável": "responsável", "policial": "policial",
    "polícia": "polícia", "agente": "agente", "militar": "militar", "político": "política",
    "deputado federal": "deputada federal", "deputado estadual": "deputada estadual",
    "chanceler": "chanceler", "premiê": "premiê", "estudante": "estudante",
    "enfermeiro": "enfermeira", "trabalhador": "trabalhadora", "morador": "moradora",
    "relator": "relatora", "conselheiro": "conselheira", "papa": "papa",
}

_PLURAL = """
especialistas analistas pesquisadores investigadores moradores testemunhas fontes
autoridades agentes médicos cientistas economistas manifestantes dirigentes
""".split()

ROLE_NOUNS = {
    **{m: "m" for m, f in _PAIRS.items() if m != f},
    **{f: "f" for m, f in _PAIRS.items() if m != f},
    **{m: None for m, f in _PAIRS.items() if m == f},
    **{word: None for word in _PLURAL},
}
# "presidente" serves both genders in current usage ("a presidente"); "presidenta" is also used
ROLE_NOUNS.update({"presidente": None, "papa": "m", "bispo": "m", "padre": "m", "freira": "f",
                   "viúva": "f", "mulher": "f"})
