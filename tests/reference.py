"""An independent computation of P(option | prompt) with transformers, for the scoring tests.

Nothing here comes from the scorer: the tokenizer's own chat template, one full forward pass
over prompt + option, log-softmax, and the sum of the option tokens' logprobs.
"""

from __future__ import annotations

import math
from functools import cached_property
from pathlib import Path

import torch


class TransformersReference:
    def __init__(self, folder: Path):
        self.folder = folder

    @cached_property
    def tokenizer(self):
        from transformers import AutoTokenizer

        return AutoTokenizer.from_pretrained(self.folder)

    @cached_property
    def model(self):
        from transformers import AutoModelForCausalLM

        model = AutoModelForCausalLM.from_pretrained(self.folder, torch_dtype=torch.float32)
        return model.eval()

    def token_ids(self, system: str | None, user: str, option: str | None, chat: bool):
        """The prompt's token ids, or the prompt + option's (option at the assistant's turn)."""
        if not chat:
            text = (f"{system}\n\n{user}" if system else user) + "\n\nAnswer:"
            if option is not None:
                text += " " + option
            return self.tokenizer(text)["input_ids"]
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": user})
        if option is None:
            return self.tokenizer.apply_chat_template(
                messages, add_generation_prompt=True, tokenize=True
            )
        messages.append({"role": "assistant", "content": option})
        return self.tokenizer.apply_chat_template(
            messages, continue_final_message=True, tokenize=True
        )

    @torch.no_grad()
    def next_token_logprobs(self, ids: list[int]) -> torch.Tensor:
        """log-softmax over the vocabulary at every position of `ids` (float64)."""
        logits = self.model(torch.tensor([ids])).logits[0].double()
        return torch.log_softmax(logits, dim=-1)

    def option_logprob(self, system, user, option, chat=True) -> tuple[float, list[int]]:
        """log P(option | prompt) and the option's token ids in context."""
        prompt = list(_ids(self.token_ids(system, user, None, chat)))
        full = list(_ids(self.token_ids(system, user, option, chat)))
        assert full[: len(prompt)] == prompt, "the option merges with the prompt"
        logprobs = self.next_token_logprobs(full)
        total = math.fsum(
            float(logprobs[position - 1, full[position]])
            for position in range(len(prompt), len(full))
        )
        return total, full[len(prompt) :]

    def rank_of_first_token(self, system, user, option, chat=True) -> int:
        """1-based rank of the option's first token among all next tokens after the prompt."""
        prompt = list(_ids(self.token_ids(system, user, None, chat)))
        _, option_ids = self.option_logprob(system, user, option, chat)
        last = self.next_token_logprobs(prompt)[-1]
        return int((last > last[option_ids[0]]).sum()) + 1


def _ids(encoded):
    # apply_chat_template returns a list, or a BatchEncoding in newer transformers.
    return encoded["input_ids"] if hasattr(encoded, "keys") else encoded
