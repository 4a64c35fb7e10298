"""Graph analytics on the built atlas: projection, centrality, communities, key players."""

from __future__ import annotations

from medatlas.graph.analytics import annotate, centrality, communities, key_players, project

ID = "https://w3id.org/medatlas/id/"
UC = "https://w3id.org/medatlas/vocab/usecase/"


def test_projection_keeps_kinds_and_relations(qstore) -> None:
    graph = project(qstore)
    assert graph.nodes[ID + "nvidia"]["kind"] == "Company"
    assert graph.nodes[ID + "nvidia"]["label"] == "NVIDIA"
    assert "develops" in graph.edges[ID + "nvidia", ID + "bionemo"]["relations"]
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert {"Company", "Platform", "Policy", "UseCase", "Segment", "Report"} <= kinds
    assert "Technology" not in kinds and "Statement" not in kinds
    zh = project(qstore, lang="zh")
    assert zh.nodes[ID + "nvidia"]["label"] == "英伟达"


def test_scores_are_deterministic(qstore) -> None:
    first = centrality(project(qstore))
    second = centrality(project(qstore))
    assert first == second
    assert first[0].importance >= first[-1].importance


def test_communities_partition_the_graph(qstore) -> None:
    graph = project(qstore)
    found = communities(graph)
    members = [n for c in found for n in c]
    assert sorted(members) == sorted(graph.nodes)
    assert found == communities(graph)
    assert len(found[0]) >= len(found[-1])


def test_annotate_gives_the_views_their_values(qstore) -> None:
    graph = annotate(project(qstore))
    node = graph.nodes[ID + "nvidia"]
    assert {"degree", "importance", "betweenness", "community"} <= set(node)


def test_key_players_of_drug_discovery(qstore) -> None:
    ranked = key_players(qstore, UC + "drug-discovery")
    names = [score.label for score, _ in ranked]
    assert "NVIDIA" in names and "Recursion" in names
    links = [n for _, n in ranked]
    assert links == sorted(links, reverse=True)
