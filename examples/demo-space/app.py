import gradio as gr


def echo(text: str) -> str:
    return text


gr.Interface(fn=echo, inputs="text", outputs="text").launch()
