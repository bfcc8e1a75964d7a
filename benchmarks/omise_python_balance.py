"""The baseline of the headless row: the seed's script fetching a balance with omise-python."""

import os

import omise

omise.api_secret = os.environ["OMISE_SECRET_KEY"]
omise.api_main = os.environ["OMISE_API_BASE"]
print(omise.Balance.retrieve().total)
